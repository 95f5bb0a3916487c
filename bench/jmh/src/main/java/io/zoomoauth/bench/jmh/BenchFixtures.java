package io.zoomoauth.bench.jmh;

import io.zoomoauth.domain.testing.InMemoryGrantStore;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.domain.access.AccessTokenService;
import io.zoomoauth.domain.access.RefreshSettings;
import io.zoomoauth.domain.access.TokenEvents;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.common.Sleeper;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantOwner;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.Scopes;
import io.zoomoauth.domain.token.TokenPolicy;
import io.zoomoauth.domain.token.TokenSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Values and wiring shared by the benchmarks; mirrors what the app's DomainFactory builds. */
final class BenchFixtures {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    static final Duration LIFETIME = Duration.ofHours(1);
    static final ZoomUserId USER = new ZoomUserId("KdYKjnimT4KPd8FFgQt9FQ");
    static final ZoomAccountId ACCOUNT = new ZoomAccountId("Acc0unt_1");
    static final Scopes SCOPES = Scopes.parse("meeting:write:meeting user:read:user");

    private BenchFixtures() {
    }

    static TokenSet tokens(String suffix, Instant issuedAt) {
        return new TokenSet(new AccessToken("access-" + suffix), issuedAt.plus(LIFETIME),
                new RefreshToken("refresh-" + suffix), issuedAt, SCOPES);
    }

    static Grant grant(ZoomUserId userId, String suffix, Instant issuedAt) {
        return Grant.connect(new GrantOwner(userId, ACCOUNT, "ada@example.com", "Ada Lovelace"),
                tokens(suffix, issuedAt), issuedAt);
    }

    /** The app's defaults (5 min skew, 30 s lease, 50 ms lease poll), secure randomness, real sleeping. */
    static AccessTokenService tokenManager(InMemoryGrantStore store, BenchOAuth oauth, Clock clock) {
        return new AccessTokenService(store, oauth, TokenPolicy.defaults(), RefreshSettings.defaults("bench"),
                clock, RandomSource.secure(), Sleeper.threadSleep(), TokenEvents.NONE);
    }
}
