package io.zoomoauth.domain.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Zoom's ids: 64-bit and positive. */
    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be a positive number");
        }
        return value;
    }

    /**
     * A Zoom object's untyped fields, unchanged and in Zoom's order (a JSON null stays a null value). A JSON reader
     * gives null for an object without untyped fields: that is an empty map, so no other value type needs to care.
     */
    public static Map<String, Object> otherFields(Map<String, Object> fields) {
        return fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
