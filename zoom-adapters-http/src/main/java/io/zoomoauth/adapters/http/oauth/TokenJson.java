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
import java.net.URI;
import java.time.Instant;

/**
 * Zoom's token response. Expiry becomes absolute: {@code now + expires_in}, where {@code now} is when the answer
 * arrived. {@code toString()} never shows a token.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record TokenJson(@Nullable String accessToken, @Nullable String refreshToken, @Nullable Long expiresIn,
                 @Nullable String scope, @Nullable String apiUrl) {

    TokenSet tokenSet(Instant now, URI defaultApiUrl) {
        return new TokenSet(new AccessToken(required(accessToken, "access_token")), now.plusSeconds(lifetimeSeconds()),
                new RefreshToken(required(refreshToken, "refresh_token")), now, scopes(), apiUrl(defaultApiUrl));
    }

    AccountGrant accountGrant(ZoomAccountId accountId, Instant now, URI defaultApiUrl) {
        return new AccountGrant(accountId, new AccessToken(required(accessToken, "access_token")),
                now.plusSeconds(lifetimeSeconds()), scopes(), apiUrl(defaultApiUrl));
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

    private URI apiUrl(URI defaultApiUrl) {
        if (apiUrl == null || apiUrl.isBlank()) {
            return defaultApiUrl;
        }
        URI url = URI.create(apiUrl);
        return url.isAbsolute() ? url : defaultApiUrl;
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
