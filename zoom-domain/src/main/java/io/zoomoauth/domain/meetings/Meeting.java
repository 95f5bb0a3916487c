package io.zoomoauth.domain.meetings;

import io.zoomoauth.domain.common.Check;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Zoom meeting as Zoom returned it. The fields the service uses are typed; every other field
 * ({@code uuid}, {@code host_id}, {@code settings}, {@code start_url}, …) is kept unchanged in
 * {@code otherFields}, keyed by Zoom's JSON names, so new Zoom fields pass through without code.
 * {@code toString()} prints neither {@code start_url} nor {@code password}.
 */
public record Meeting(
        MeetingId id,
        String topic,
        int type,
        Optional<String> startTime,
        Optional<Integer> duration,
        Optional<String> timezone,
        Optional<String> joinUrl,
        Map<String, Object> otherFields) {

    /** Zoom's JSON names of the typed components. */
    public static final Set<String> TYPED_FIELDS =
            Set.of("id", "topic", "type", "start_time", "duration", "timezone", "join_url");

    public Meeting {
        Check.notNull(id, "id");
        Check.notNull(topic, "topic");
        Check.notNull(startTime, "startTime");
        Check.notNull(duration, "duration");
        Check.notNull(timezone, "timezone");
        Check.notNull(joinUrl, "joinUrl");
        otherFields = Check.notNull(otherFields, "otherFields");
        for (String key : otherFields.keySet()) {
            if (TYPED_FIELDS.contains(key)) {
                throw new IllegalArgumentException(key + " must be given as a typed field");
            }
        }
        otherFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(otherFields));
    }

    @Override
    public String toString() {
        return "Meeting[id=" + id + ", topic=" + topic + ", type=" + type + ", startTime=" + startTime.orElse("-")
                + ", otherFields=" + otherFields.keySet() + "]";
    }
}
