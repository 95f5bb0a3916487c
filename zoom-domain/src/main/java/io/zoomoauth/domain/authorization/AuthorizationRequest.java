package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.connect.ConnectSessionId;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.PkceVerifier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One started authorization: the one-time {@code state}, the PKCE verifier whose S256 challenge went to
 * Zoom, and the redirect URI the code will be exchanged with. Valid for 10 minutes, and only once.
 *
 * @param browserBindingHash hash of the starting browser's {@link BrowserBinding}; empty only for requests
 *                           stored before browser binding existed (their callbacks are refused)
 * @param sessionId          the connect session this flow belongs to, if it was started from a connect link
 */
public record AuthorizationRequest(AuthorizationState state, PkceVerifier verifier, URI redirectUri,
                                   Instant createdAt, Optional<String> browserBindingHash,
                                   Optional<ConnectSessionId> sessionId) {

    public static final Duration VALIDITY = Duration.ofMinutes(10);

    public AuthorizationRequest(AuthorizationState state, PkceVerifier verifier, URI redirectUri, Instant createdAt) {
        this(state, verifier, redirectUri, createdAt, Optional.empty(), Optional.empty());
    }

    public AuthorizationRequest {
        Check.notNull(state, "state");
        Check.notNull(verifier, "verifier");
        Check.notNull(redirectUri, "redirectUri");
        Check.notNull(createdAt, "createdAt");
        Check.notNull(browserBindingHash, "browserBindingHash");
        Check.notNull(sessionId, "sessionId");
        if (!redirectUri.isAbsolute()) {
            throw new IllegalArgumentException("redirectUri must be an absolute URL");
        }
    }

    public static AuthorizationRequest start(URI redirectUri, Instant now, RandomSource random) {
        return new AuthorizationRequest(AuthorizationState.random(random), PkceVerifier.random(random), redirectUri, now);
    }

    /** A request bound to the browser that started it, for a connect session or none. */
    public static AuthorizationRequest start(URI redirectUri, Instant now, RandomSource random, BrowserBinding binding,
                                             Optional<ConnectSessionId> sessionId) {
        return new AuthorizationRequest(AuthorizationState.random(random), PkceVerifier.random(random), redirectUri, now,
                Optional.of(binding.hash()), sessionId);
    }

    /** The callback came from the browser that started this request. */
    public boolean isBoundTo(Optional<BrowserBinding> binding) {
        return browserBindingHash.isPresent() && binding.isPresent() && binding.get().matches(browserBindingHash.get());
    }

    public Instant expiresAt() {
        return createdAt.plus(VALIDITY);
    }

    /** Valid from creation up to, but not including, {@code createdAt + 10 minutes}. */
    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt());
    }
}
