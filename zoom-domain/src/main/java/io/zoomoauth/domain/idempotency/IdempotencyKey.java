package io.zoomoauth.domain.idempotency;

import io.zoomoauth.domain.common.Check;
import java.util.regex.Pattern;

/** A caller's {@code Idempotency-Key}: 1 to 255 visible ASCII characters (spaces inside allowed). Not a secret. */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 255;
    private static final Pattern VISIBLE = Pattern.compile("[\\x21-\\x7E]([\\x20-\\x7E]*[\\x21-\\x7E])?");

    public IdempotencyKey {
        Check.notNull(value, "Idempotency-Key");
        Check.maxLength(value, MAX_LENGTH, "Idempotency-Key");
        Check.matches(value, VISIBLE, "Idempotency-Key", "1 to 255 visible ASCII characters");
    }
}
