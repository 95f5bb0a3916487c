package io.zoomoauth.domain.meetings;

import io.zoomoauth.domain.common.Chars;
import java.util.Map;
import java.util.Set;

/** Checks of the meeting fields the service validates before Zoom sees them (same rules for create and update). */
final class MeetingFields {

    static final Set<Integer> TYPES = Set.of(1, 2, 3, 8);
    static final int MAX_TOPIC = 200;
    static final int MAX_AGENDA = 2000;
    static final int MAX_DURATION = 24 * 60 * 30;
    /** {@code yyyy-MM-ddTHH:mm:ssZ} (UTC) or {@code yyyy-MM-ddTHH:mm:ss} local time with a timezone: 'd' a digit. */
    private static final String START_TIME = "dddd-dd-ddTdd:dd:dd";
    private static final Chars.CharClass AREA = c -> Chars.isLetter(c) || c == '_';
    private static final Chars.CharClass PLACE = c -> Chars.isLetterOrDigit(c) || c == '_' || c == '+' || c == '-';
    private static final int MAX_EXTRA_FIELDS = 100;

    private MeetingFields() {
    }

    static void topic(String topic) {
        if (topic.isBlank() || topic.length() > MAX_TOPIC) {
            throw new IllegalArgumentException("topic must be 1 to " + MAX_TOPIC + " characters");
        }
    }

    static void type(int type) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be 1 (instant), 2 (scheduled), 3 or 8 (recurring)");
        }
    }

    static void startTime(String startTime) {
        if (!isStartTime(startTime)) {
            throw new IllegalArgumentException("start_time must be yyyy-MM-ddTHH:mm:ssZ or local yyyy-MM-ddTHH:mm:ss");
        }
    }

    /** {@code \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?} */
    static boolean isStartTime(String value) {
        int length = START_TIME.length();
        if (value.length() != length && !(value.length() == length + 1 && value.charAt(length) == 'Z')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char expected = START_TIME.charAt(i);
            if (expected == 'd' ? !Chars.isDigit(value.charAt(i)) : value.charAt(i) != expected) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Za-z_]+(/[A-Za-z0-9_+-]+){0,2}}: an area, then at most two places. */
    static boolean isTimezone(String value) {
        int slash = value.indexOf('/');
        int end = slash < 0 ? value.length() : slash;
        if (end == 0 || !Chars.range(value, 0, end, AREA)) {
            return false;
        }
        for (int places = 0; end < value.length(); places++) {
            int start = end + 1;
            int next = value.indexOf('/', start);
            end = next < 0 ? value.length() : next;
            if (places == 2 || end == start || !Chars.range(value, start, end, PLACE)) {
                return false;
            }
        }
        return true;
    }

    static void duration(int minutes) {
        if (minutes < 0 || minutes > MAX_DURATION) {
            throw new IllegalArgumentException("duration must be between 0 and " + MAX_DURATION + " minutes");
        }
    }

    static void timezone(String timezone) {
        if (timezone.length() > 64 || !isTimezone(timezone)) {
            throw new IllegalArgumentException("timezone must be a time zone id such as Europe/Berlin");
        }
    }

    static void agenda(String agenda) {
        if (agenda.length() > MAX_AGENDA) {
            throw new IllegalArgumentException("agenda must be at most " + MAX_AGENDA + " characters");
        }
    }

    static void extra(Map<String, Object> extra, Set<String> typedKeys) {
        if (extra.size() > MAX_EXTRA_FIELDS) {
            throw new IllegalArgumentException("a meeting may carry at most " + MAX_EXTRA_FIELDS + " other fields");
        }
        for (String key : extra.keySet()) {
            if (typedKeys.contains(key)) {
                throw new IllegalArgumentException(key + " must be given as a typed field");
            }
        }
    }
}
