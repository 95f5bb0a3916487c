package io.zoomoauth.domain.listings;

import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUserRef;

/** Out-port: one of Zoom's per-user lists. Throws the domain's failures (401 code 124 is AccessTokenRejected). */
public interface ZoomUserListingPort<T> {

    /** Which list this port reads. */
    UserListing<T> listing();

    /** {@code GET /users/{userId}/<listing>?page_size=&next_page_token=}. */
    Page<T> list(AccessToken accessToken, ZoomUserRef user, PageQuery query);
}
