package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.PkceVerifier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * One started authorization: the one-time {@code state}, the PKCE verifier whose S256 challenge went to
 * Zoom, and the redirect URI the code will be exchanged with. Valid for 10 minutes, and only once.
 */
public record AuthorizationRequest(AuthorizationState state, PkceVerifier verifier, URI redirectUri,
                                   Instant createdAt) {

    public static final Duration VALIDITY = Duration.ofMinutes(10);

    public AuthorizationRequest {
        Check.notNull(state, "state");
        Check.notNull(verifier, "verifier");
        Check.notNull(redirectUri, "redirectUri");
        Check.notNull(createdAt, "createdAt");
        if (!redirectUri.isAbsolute()) {
            throw new IllegalArgumentException("redirectUri must be an absolute URL");
        }
    }

    public static AuthorizationRequest start(URI redirectUri, Instant now, RandomSource random) {
        return new AuthorizationRequest(AuthorizationState.random(random), PkceVerifier.random(random), redirectUri, now);
    }

    public Instant expiresAt() {
        return createdAt.plus(VALIDITY);
    }

    /** Valid from creation up to, but not including, {@code createdAt + 10 minutes}. */
    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt());
    }
}
