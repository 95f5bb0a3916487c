package io.zoomoauth.domain.common;

/**
 * Shape checks for values read on every request (user ids, tokens, paging tokens): a loop over the characters,
 * where a regular expression would cost a matcher per call. ASCII only, like the shapes they check.
 */
public final class Chars {

    /** One class of characters. */
    @FunctionalInterface
    public interface CharClass {
        boolean contains(char c);
    }

    /** {@code [A-Za-z0-9_-]}: Zoom's ids, URL-safe base64. */
    public static final CharClass URL_SAFE = c -> isLetterOrDigit(c) || c == '_' || c == '-';
    /** {@code [\x21-\x7E]}: printable ASCII without the space. */
    public static final CharClass VISIBLE = c -> c >= 0x21 && c <= 0x7E;

    private Chars() {
    }

    /** {@code value} has {@code min} to {@code max} characters, every one of them in {@code allowed}. */
    public static boolean all(String value, int min, int max, CharClass allowed) {
        return value != null && value.length() >= min && value.length() <= max
                && range(value, 0, value.length(), allowed);
    }

    /** The characters from {@code start} (inclusive) to {@code end} (exclusive) are all in {@code allowed}. */
    public static boolean range(String value, int start, int end, CharClass allowed) {
        for (int i = start; i < end; i++) {
            if (!allowed.contains(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    /** Checks the shape of a value without echoing it (it may be a secret or hostile input). */
    public static String require(String value, boolean shapeOk, String field, String expected) {
        Check.notNull(value, field);
        if (!shapeOk) {
            throw new IllegalArgumentException(field + " must be " + expected);
        }
        return value;
    }
}
