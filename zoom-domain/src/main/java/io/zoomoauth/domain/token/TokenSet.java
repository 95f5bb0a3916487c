package io.zoomoauth.domain.token;

import io.zoomoauth.domain.common.Check;
import java.time.Duration;
import java.time.Instant;

/**
 * What one successful token exchange or refresh gives: both tokens, when the access token expires
 * (absolute, computed from {@code expires_in} when it arrived), when the refresh token was issued,
 * and the granted scopes. Zoom's {@code api_url} is not kept: calls go to the configured API host
 * (docs/zoom-behaviour.md).
 */
public record TokenSet(
        AccessToken accessToken,
        Instant accessTokenExpiresAt,
        RefreshToken refreshToken,
        Instant refreshTokenIssuedAt,
        Scopes scopes) {

    public TokenSet {
        Check.notNull(accessToken, "accessToken");
        Check.notNull(accessTokenExpiresAt, "accessTokenExpiresAt");
        Check.notNull(refreshToken, "refreshToken");
        Check.notNull(refreshTokenIssuedAt, "refreshTokenIssuedAt");
        Check.notNull(scopes, "scopes");
        if (accessTokenExpiresAt.isBefore(refreshTokenIssuedAt)) {
            throw new IllegalArgumentException("accessTokenExpiresAt must not be before refreshTokenIssuedAt");
        }
    }

    /**
     * True when the access token expires within {@code skew} of {@code now}, boundary included:
     * at exactly {@code expiresAt - skew} the token is due.
     */
    public boolean accessTokenExpiresWithin(Duration skew, Instant now) {
        return !now.isBefore(accessTokenExpiresAt.minus(skew));
    }

    /** True once the access token can no longer be used at all. */
    public boolean accessTokenExpired(Instant now) {
        return !now.isBefore(accessTokenExpiresAt);
    }

    /** True when the refresh token was issued more than {@code maxAge} before {@code now}. */
    public boolean refreshTokenOlderThan(Duration maxAge, Instant now) {
        return refreshTokenIssuedAt.plus(maxAge).isBefore(now);
    }
}
