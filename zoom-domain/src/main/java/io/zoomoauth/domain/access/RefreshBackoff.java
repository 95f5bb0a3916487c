package io.zoomoauth.domain.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-grant (or per-account) spacing of token fetches after Zoom failed one (5xx, timeout, 429): 1 s, then
 * doubling up to a cap, so an outage is not hammered by every request that arrives.
 */
final class RefreshBackoff<K> {

    private record Wait(Instant notBefore, Duration delay) {
    }

    private static final Duration FIRST = Duration.ofSeconds(1);

    private final Duration max;
    private final ConcurrentHashMap<K, Wait> waits = new ConcurrentHashMap<>();

    RefreshBackoff(Duration max) {
        this.max = max;
    }

    void failed(K userId, Instant now) {
        waits.merge(userId, new Wait(now.plus(FIRST), FIRST), (old, first) -> {
            Duration doubled = old.delay().multipliedBy(2);
            Duration delay = doubled.compareTo(max) > 0 ? max : doubled;
            return new Wait(now.plus(delay), delay);
        });
    }

    void reset(K userId) {
        waits.remove(userId);
    }

    /** When the next attempt may be made, if that is after {@code now}. */
    Optional<Instant> blockedUntil(K userId, Instant now) {
        Wait wait = waits.get(userId);
        return wait != null && now.isBefore(wait.notBefore()) ? Optional.of(wait.notBefore()) : Optional.empty();
    }
}
