package io.zoomoauth.domain.common;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks whose messages name the field; used by every value type's compact constructor. */
public final class Check {

    private Check() {
    }

    public static <T> T notNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    public static String notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    public static String maxLength(String value, int max, String field) {
        notNull(value, field);
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters");
        }
        return value;
    }

    /** At most {@code max} characters, none of them a control character; the message names the field. */
    public static String printable(String value, int max, String field) {
        maxLength(value, max, field);
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must be printable characters (no control characters)");
        }
        return value;
    }

    /** Checks the shape of a value without echoing it (it may be a secret or hostile input). */
    public static String matches(String value, Pattern pattern, String field, String expected) {
        notNull(value, field);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be " + expected);
        }
        return value;
    }
}
