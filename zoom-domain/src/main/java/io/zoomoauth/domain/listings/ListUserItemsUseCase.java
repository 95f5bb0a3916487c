package io.zoomoauth.domain.listings;

import io.zoomoauth.domain.users.ZoomUserRef;

/** In-port: a page of one of a user's Zoom lists, with the user's own grant or, failing that, the S2S token. */
public interface ListUserItemsUseCase {

    <T> Page<T> list(UserListing<T> listing, ZoomUserRef user, PageQuery query);
}
