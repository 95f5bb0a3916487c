package io.zoomoauth.domain.users;

import io.zoomoauth.domain.token.AccessToken;

/** Out-port: Zoom's users API. Throws the domain's failures (401 code 124 is AccessTokenRejected). */
public interface ZoomUsersPort {

    /** {@code GET /v2/users/me}. */
    ZoomUser me(AccessToken accessToken);
}
