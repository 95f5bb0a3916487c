package io.zoomoauth.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** start_time and timezone are checked by loops; the expressions they replaced are their specification. */
class MeetingFieldShapesTest {

    private static final String ALPHABET = "0123456789-:TZ/_+aB\u0661 .";

    private static void agree(String regex, Predicate<String> check, List<String> examples) {
        Pattern pattern = Pattern.compile(regex);
        Random random = new Random(7);
        for (String example : examples) {
            assertThat(check.test(example)).as("\"%s\"", example).isEqualTo(pattern.matcher(example).matches());
            for (int i = 0; i < 5000; i++) {
                StringBuilder value = new StringBuilder(example);
                for (int edits = 1 + random.nextInt(2); edits > 0 && value.length() > 0; edits--) {
                    int at = random.nextInt(value.length());
                    char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                    switch (random.nextInt(3)) {
                        case 0 -> value.insert(at, c);
                        case 1 -> value.deleteCharAt(at);
                        default -> value.setCharAt(at, c);
                    }
                }
                String candidate = value.toString();
                assertThat(check.test(candidate)).as("\"%s\"", candidate).isEqualTo(pattern.matcher(candidate).matches());
            }
        }
    }

    @Test
    void startTimesAgreeWithTheirExpression() {
        agree("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z?", MeetingFields::isStartTime,
                List.of("2026-11-23T10:00:00Z", "2026-11-23T10:00:00", "2026-11-23T10:00:00ZZ", "", "Z"));
    }

    @Test
    void timezonesAgreeWithTheirExpression() {
        agree("[A-Za-z_]+(/[A-Za-z0-9_+\\-]+){0,2}", MeetingFields::isTimezone,
                List.of("Europe/Berlin", "America/Argentina/Buenos_Aires", "UTC", "Etc/GMT+2", "a/b/c/d", "/Berlin",
                        "Europe/", "Europe//Berlin", ""));
    }
}
