package io.zoomoauth.domain.error;

import java.time.Instant;
import java.util.Optional;

/** Zoom answered 429. A daily limit is never retried automatically. */
public final class RateLimited extends DomainFailure {

    private final Instant retryAfter;
    private final boolean dailyLimit;

    public RateLimited(Instant retryAfter, boolean dailyLimit, String message, String trackingId) {
        super("Zoom rate limit reached" + (dailyLimit ? " (daily limit)" : "") + ": " + message, trackingId, null);
        this.retryAfter = retryAfter;
        this.dailyLimit = dailyLimit;
    }

    public Optional<Instant> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean dailyLimit() {
        return dailyLimit;
    }
}
