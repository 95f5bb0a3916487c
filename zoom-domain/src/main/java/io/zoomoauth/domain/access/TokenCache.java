package io.zoomoauth.domain.access;

import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.AccessToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens kept in memory so a valid one costs no database round trip. Never a refresh token; never trusted
 * inside the refresh skew; a grant's newer version always replaces an older one.
 */
final class TokenCache {

    private record Entry(AccessToken token, Instant expiresAt, long version) {
    }

    private final ConcurrentHashMap<ZoomUserId, Entry> entries = new ConcurrentHashMap<>();

    /** The cached token, if it is still valid for longer than {@code skew} at {@code now}. */
    Optional<AccessToken> usable(ZoomUserId userId, Instant now, Duration skew) {
        Entry entry = entries.get(userId);
        return entry != null && now.isBefore(entry.expiresAt().minus(skew)) ? Optional.of(entry.token()) : Optional.empty();
    }

    Grant remember(Grant grant) {
        entries.compute(grant.userId(), (id, old) -> old != null && old.version() > grant.version() ? old
                : new Entry(grant.tokens().accessToken(), grant.tokens().accessTokenExpiresAt(), grant.version()));
        return grant;
    }

    /** Zoom rejected {@code token}: drop it, unless it was already replaced. */
    void dropIfCurrent(ZoomUserId userId, AccessToken token) {
        entries.computeIfPresent(userId, (id, entry) -> entry.token().equals(token) ? null : entry);
    }

    void forget(ZoomUserId userId) {
        entries.remove(userId);
    }
}
