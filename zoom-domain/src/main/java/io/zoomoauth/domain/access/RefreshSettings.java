package io.zoomoauth.domain.access;

import io.zoomoauth.domain.common.Check;
import java.time.Duration;

/**
 * Timings of the token manager.
 *
 * @param leaseTtl          how long a refresh lease lasts; must exceed the Zoom call's timeout so a live
 *                          holder never loses it mid-call
 * @param leaseWaitPoll     how often a caller that lost the lease race re-reads the grant
 * @param leaseWaitMax      how long it waits for the other holder before answering "unavailable"
 * @param failureBackoffMax cap of the per-grant backoff after Zoom failed a refresh (doubles from 1 s)
 * @param instanceId        names this process in lease owners (diagnostics only; uniqueness comes from a suffix)
 */
public record RefreshSettings(Duration leaseTtl, Duration leaseWaitPoll, Duration leaseWaitMax,
                              Duration failureBackoffMax, String instanceId) {

    public RefreshSettings {
        positive(leaseTtl, "leaseTtl");
        positive(leaseWaitPoll, "leaseWaitPoll");
        positive(leaseWaitMax, "leaseWaitMax");
        positive(failureBackoffMax, "failureBackoffMax");
        Check.notBlank(instanceId, "instanceId");
        Check.maxLength(instanceId, 60, "instanceId");
    }

    public static RefreshSettings defaults(String instanceId) {
        return new RefreshSettings(Duration.ofSeconds(30), Duration.ofMillis(50), Duration.ofSeconds(35),
                Duration.ofSeconds(60), instanceId);
    }

    int maxWaitRounds() {
        return (int) Math.max(1, leaseWaitMax.toMillis() / Math.max(1, leaseWaitPoll.toMillis()));
    }

    private static void positive(Duration value, String field) {
        Check.notNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive");
        }
    }
}
