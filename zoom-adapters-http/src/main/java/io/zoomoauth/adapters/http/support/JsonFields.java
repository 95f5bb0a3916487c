package io.zoomoauth.adapters.http.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads from a generic JSON object. Messages name the field, never its value. */
public final class JsonFields {

    private JsonFields() {
    }

    public static String requiredString(Map<String, Object> json, String field) {
        return optionalString(json, field).orElseThrow(() -> missing(field));
    }

    public static Optional<String> optionalString(Map<String, Object> json, String field) {
        Object value = json.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        throw new IllegalArgumentException(field + " must be a string");
    }

    /** A string field whose empty value means "absent" (Zoom sends {@code "next_page_token": ""}). */
    public static Optional<String> optionalNonBlank(Map<String, Object> json, String field) {
        return optionalString(json, field).filter(value -> !value.isBlank());
    }

    public static long requiredLong(Map<String, Object> json, String field) {
        return optionalLong(json, field).orElseThrow(() -> missing(field));
    }

    public static Optional<Long> optionalLong(Map<String, Object> json, String field) {
        Object value = json.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Optional.of(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return Optional.of(big.longValueExact());
        }
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal.longValueExact());
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < 0x1p53) {
            return Optional.of(number.longValue());
        }
        if (value instanceof String text && text.matches("-?\\d{1,19}")) {
            return Optional.of(Long.parseLong(text));
        }
        throw new IllegalArgumentException(field + " must be an integer");
    }

    public static Optional<Integer> optionalInt(Map<String, Object> json, String field) {
        return optionalLong(json, field).map(Math::toIntExact);
    }

    public static int intOr(Map<String, Object> json, String field, int fallback) {
        return optionalInt(json, field).orElse(fallback);
    }

    @SuppressWarnings("unchecked")
    public static List<Object> optionalList(Map<String, Object> json, String field) {
        Object value = json.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalArgumentException(field + " must be a list");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> asObject(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(what + " must be a JSON object");
    }

    private static IllegalArgumentException missing(String field) {
        return new IllegalArgumentException(field + " is missing");
    }
}
