package io.zoomoauth.adapters.persistence.support;

import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.events.OutboxEvent;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantEvents;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.GrantOwner;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.Scopes;
import io.zoomoauth.domain.token.TokenSet;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/** Test grants with realistic, distinct, long tokens. */
public final class Grants {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

    /** The events the domain records with connections and deletions (clock: the system's; tests read types and ids). */
    public static final GrantEvents EVENTS = new GrantEvents(java.time.Clock.systemUTC(), RandomSource.secure());
    public static final GrantStore.ConnectionEvent CONNECTED =
            (stored, replaced) -> EVENTS.connected(stored, replaced, java.util.Optional.empty());

    private Grants() {
    }

    public static OutboxEvent deauthorized(String userId) {
        return EVENTS.deleted(new ZoomUserId(userId), java.util.Optional.of("acct"), io.zoomoauth.domain.events.EventSubject.NONE,
                GrantEvents.DEAUTHORIZED);
    }

    /** A token of {@code length} printable characters, like Zoom's JWT-shaped ones. */
    public static String token(String prefix, int length) {
        StringBuilder token = new StringBuilder(prefix);
        while (token.length() < length) {
            token.append(TOKEN_CHARS.charAt(RANDOM.nextInt(TOKEN_CHARS.length())));
        }
        return token.toString();
    }

    public static TokenSet tokens(Instant issuedAt) {
        return tokens(issuedAt, 1024);
    }

    public static TokenSet tokens(Instant issuedAt, int tokenLength) {
        return new TokenSet(new AccessToken(token("eyJhY2Nlc3Mi", tokenLength)), issuedAt.plus(Duration.ofSeconds(3599)),
                new RefreshToken(token("eyJyZWZyZXNo", tokenLength)), issuedAt,
                Scopes.parse("meeting:write:meeting meeting:read:meeting user:read:user"));
    }

    public static GrantOwner owner(String userId) {
        return new GrantOwner(new ZoomUserId(userId), new ZoomAccountId("acct_" + userId.length()),
                userId.toLowerCase() + "@example.com", "User " + userId);
    }

    public static Grant connected(String userId, Instant now) {
        return Grant.connect(owner(userId), tokens(now), now);
    }
}
