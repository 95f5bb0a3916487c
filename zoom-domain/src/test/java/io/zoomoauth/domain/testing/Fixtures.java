package io.zoomoauth.domain.testing;

import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantOwner;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.Scopes;
import io.zoomoauth.domain.token.TokenSet;
import java.time.Duration;
import java.time.Instant;

public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    public static final ZoomUserId USER = new ZoomUserId("KdYKjnimT4KPd8FFgQt9FQ");
    public static final ZoomAccountId ACCOUNT = new ZoomAccountId("Acc0unt_1");

    private Fixtures() {
    }

    public static TokenSet tokens(String suffix, Instant issuedAt, Duration lifetime) {
        return new TokenSet(new AccessToken("access-" + suffix), issuedAt.plus(lifetime),
                new RefreshToken("refresh-" + suffix), issuedAt, Scopes.parse("meeting:write:meeting user:read:user"));
    }

    public static GrantOwner owner(ZoomUserId userId) {
        return new GrantOwner(userId, ACCOUNT, "ada@example.com", "Ada Lovelace");
    }

    public static Grant grant(ZoomUserId userId, String suffix, Instant issuedAt, Duration lifetime) {
        return Grant.connect(owner(userId), tokens(suffix, issuedAt, lifetime), issuedAt);
    }
}
