package io.zoomoauth.domain.access;

import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.AccessToken;
import java.util.Optional;

/** In-port: the token manager. Gives a usable access token for a connected user, refreshing when needed. */
public interface ObtainAccessTokenUseCase {

    /**
     * A token that is valid for at least the refresh skew, refreshed (once, shared by concurrent callers and
     * coordinated across instances) when needed.
     *
     * @throws io.zoomoauth.domain.error.NotConnected            no grant is stored
     * @throws io.zoomoauth.domain.error.ReauthorizationRequired Zoom refused the refresh token
     * @throws io.zoomoauth.domain.error.ZoomUnavailable         Zoom could not refresh an expired token
     */
    AccessToken accessTokenFor(ZoomUserId userId);

    /**
     * The cached token if it is valid for at least the refresh skew: no store read, no refresh, no waiting (so it may
     * be called where blocking is not allowed). Empty when {@link #accessTokenFor} would have work to do.
     */
    Optional<AccessToken> cachedAccessToken(ZoomUserId userId);

    /** Zoom answered 401 code 124 to {@code rejected}: forget it and get a new one (at most one refresh). */
    AccessToken replaceRejected(ZoomUserId userId, AccessToken rejected);

    /** Refreshes a dormant grant whose refresh token is older than the keep-alive age, if it still is. */
    Grant keepAlive(ZoomUserId userId);

    /** Forgets the cached token of a user (disconnected, deauthorized or re-connected). */
    void forget(ZoomUserId userId);
}
