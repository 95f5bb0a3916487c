package io.zoomoauth.adapters.http.oauth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.Scopes;
import io.zoomoauth.domain.token.TokenSet;
import java.time.Instant;

/**
 * Zoom's token response. Expiry becomes absolute: {@code now + expires_in}, where {@code now} is when the answer
 * arrived. Zoom's {@code api_url} is ignored: calls go to the configured API host (docs/zoom-behaviour.md).
 * {@code toString()} never shows a token.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record TokenJson(@Nullable String accessToken, @Nullable String refreshToken, @Nullable Long expiresIn,
                 @Nullable String scope) {

    TokenSet tokenSet(Instant now) {
        return new TokenSet(new AccessToken(required(accessToken, "access_token")), now.plusSeconds(lifetimeSeconds()),
                new RefreshToken(required(refreshToken, "refresh_token")), now, scopes());
    }

    AccountGrant accountGrant(ZoomAccountId accountId, Instant now) {
        return new AccountGrant(accountId, new AccessToken(required(accessToken, "access_token")),
                now.plusSeconds(lifetimeSeconds()), scopes());
    }

    private long lifetimeSeconds() {
        long seconds = required(expiresIn, "expires_in");
        if (seconds < 0) {
            throw new IllegalArgumentException("expires_in must not be negative");
        }
        return seconds;
    }

    private Scopes scopes() {
        return Scopes.parse(scope == null ? "" : scope);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    @Override
    public String toString() {
        return "TokenJson[expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
