package io.zoomoauth.domain.idempotency;

import io.zoomoauth.domain.common.Chars;
import io.zoomoauth.domain.common.Check;

/** A caller's {@code Idempotency-Key}: 1 to 255 visible ASCII characters (spaces inside allowed). Not a secret. */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 255;
    private static final Chars.CharClass VISIBLE_OR_SPACE = c -> c == ' ' || Chars.VISIBLE.contains(c);

    public IdempotencyKey {
        Check.notNull(value, "Idempotency-Key");
        Check.maxLength(value, MAX_LENGTH, "Idempotency-Key");
        Chars.require(value, isVisible(value), "Idempotency-Key", "1 to 255 visible ASCII characters");
    }

    /** {@code [\x21-\x7E]([\x20-\x7E]*[\x21-\x7E])?}: visible ASCII, spaces inside only. */
    private static boolean isVisible(String value) {
        return !value.isEmpty() && Chars.VISIBLE.contains(value.charAt(0))
                && Chars.VISIBLE.contains(value.charAt(value.length() - 1))
                && Chars.range(value, 0, value.length(), VISIBLE_OR_SPACE);
    }
}
