package io.zoomoauth.adapters.http.oauth;

import static io.zoomoauth.adapters.http.support.JsonFields.optionalString;
import static io.zoomoauth.adapters.http.support.JsonFields.requiredLong;
import static io.zoomoauth.adapters.http.support.JsonFields.requiredString;

import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.Scopes;
import io.zoomoauth.domain.token.TokenSet;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** Zoom's token response ({@code access_token}, {@code expires_in}, …) → the domain's token types. */
final class TokenResponses {

    private TokenResponses() {
    }

    /** Expiry is absolute: {@code now + expires_in}, where {@code now} is when the answer arrived. */
    static TokenSet tokenSet(Map<String, Object> json, Instant now, URI defaultApiUrl) {
        return new TokenSet(
                new AccessToken(requiredString(json, "access_token")),
                now.plusSeconds(expiresIn(json)),
                new RefreshToken(requiredString(json, "refresh_token")),
                now,
                Scopes.parse(optionalString(json, "scope").orElse("")),
                apiUrl(json, defaultApiUrl));
    }

    static AccountGrant accountGrant(ZoomAccountId accountId, Map<String, Object> json, Instant now, URI defaultApiUrl) {
        return new AccountGrant(accountId, new AccessToken(requiredString(json, "access_token")),
                now.plusSeconds(expiresIn(json)), Scopes.parse(optionalString(json, "scope").orElse("")),
                apiUrl(json, defaultApiUrl));
    }

    private static long expiresIn(Map<String, Object> json) {
        long seconds = requiredLong(json, "expires_in");
        if (seconds < 0) {
            throw new IllegalArgumentException("expires_in must not be negative");
        }
        return seconds;
    }

    private static URI apiUrl(Map<String, Object> json, URI defaultApiUrl) {
        return optionalString(json, "api_url").filter(url -> !url.isBlank()).map(URI::create)
                .filter(URI::isAbsolute).orElse(defaultApiUrl);
    }
}
