package io.zoomoauth.domain.events;

import io.zoomoauth.domain.common.Check;
import java.time.Duration;

/**
 * How the delivery worker retries: backoff from {@code retryInitial}, doubling, capped at {@code retryMax}, for
 * {@code maxAge}; a claim lasts {@code claimTtl}, which must exceed the receiver's timeout.
 */
public record DeliverySettings(Duration retryInitial, Duration retryMax, Duration maxAge, Duration claimTtl,
                               Duration receiverTimeout, String instanceId) {

    public DeliverySettings {
        positive(retryInitial, "retryInitial");
        positive(retryMax, "retryMax");
        positive(maxAge, "maxAge");
        positive(claimTtl, "claimTtl");
        positive(receiverTimeout, "receiverTimeout");
        Check.notBlank(instanceId, "instanceId");
        Check.maxLength(instanceId, 80, "instanceId");
        if (retryMax.compareTo(retryInitial) < 0) {
            throw new IllegalArgumentException("retryMax must not be shorter than retryInitial");
        }
        if (claimTtl.compareTo(receiverTimeout) <= 0) {
            throw new IllegalArgumentException("claimTtl must exceed the receiver timeout, or a slow delivery is sent twice");
        }
    }

    /** Attempt {@code n} (1-based) failed: wait {@code initial * 2^(n-1)}, capped, with jitter in its upper half. */
    public Duration backoff(int failedAttempts, double random) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration base = retryInitial.multipliedBy(1L << doublings);
        if (base.compareTo(retryMax) > 0 || base.isNegative()) {
            base = retryMax;
        }
        // Jitter spreads the retries of many events (and instances) that failed together.
        long millis = base.toMillis();
        return Duration.ofMillis(millis / 2 + (long) (random * (millis - millis / 2)));
    }

    private static void positive(Duration value, String field) {
        Check.notNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive");
        }
    }
}
