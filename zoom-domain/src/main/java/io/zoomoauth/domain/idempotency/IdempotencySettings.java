package io.zoomoauth.domain.idempotency;

import io.zoomoauth.domain.common.Check;
import java.time.Duration;

/**
 * @param retention  how long a key and its answer are kept (24 h)
 * @param waitMax    how long a duplicate waits for the first request before answering "in progress"
 * @param poll       how often a waiting duplicate looks again
 * @param abandonAfter a request still running after this long is taken to have died with its instance
 */
public record IdempotencySettings(Duration retention, Duration waitMax, Duration poll, Duration abandonAfter) {

    public IdempotencySettings {
        positive(retention, "retention");
        Check.notNull(waitMax, "waitMax");
        if (waitMax.isNegative()) {
            throw new IllegalArgumentException("waitMax must not be negative");
        }
        positive(poll, "poll");
        positive(abandonAfter, "abandonAfter");
    }

    private static void positive(Duration value, String field) {
        Check.notNull(value, field);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(field + " must be positive");
        }
    }
}
