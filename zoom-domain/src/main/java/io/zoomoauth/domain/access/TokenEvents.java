package io.zoomoauth.domain.access;

import io.zoomoauth.domain.grant.ZoomUserId;
import java.time.Duration;

/**
 * Out-port for what the token manager wants observed (metrics and logs live in the app). Every method has
 * a no-op default so an adapter overrides only what it records.
 */
public interface TokenEvents {

    /** How a refresh attempt that reached Zoom ended. */
    enum RefreshOutcome { SUCCESS, INVALID_GRANT, ROTATED_ELSEWHERE, ZOOM_UNAVAILABLE, ZOOM_BUSY, RATE_LIMITED, INVALID_CLIENT, FENCE_LOST, ERROR }

    default void refreshed(ZoomUserId userId, RefreshOutcome outcome, Duration latency) {
    }

    /** Another holder had the lease; this caller waited for it. */
    default void leaseWaited(ZoomUserId userId, Duration waited) {
    }

    /** The lease was taken over from a holder whose lease had expired. */
    default void leaseTakenOver(ZoomUserId userId) {
    }

    /** The rotated tokens were not stored because a newer version with other tokens was stored meanwhile. */
    default void fenceLost(ZoomUserId userId) {
    }

    /**
     * The store could not take a rotated pair within the caller's retry budget: it is held in memory and written
     * in the background ({@code failure} says why; it may name tables, never tokens).
     */
    default void rotationPending(ZoomUserId userId, RuntimeException failure) {
    }

    /** A rotated pair held in memory has been stored, {@code pendingFor} after it was kept. */
    default void rotationLanded(ZoomUserId userId, Duration pendingFor) {
    }

    /** A cached or stored still-valid token was served because Zoom could not refresh it. */
    default void servedDuringOutage(ZoomUserId userId) {
    }

    TokenEvents NONE = new TokenEvents() {
    };
}
