package io.zoomoauth.app.web;

import io.zoomoauth.domain.listings.UserListing;

/**
 * A controller whose list route answers a {@link PageJson} of one listing: the listing's name is the key of the
 * items in the page, which the OpenAPI document ({@link ApiDocument}) names from here.
 */
interface ListRoutes {

    UserListing<?> listing();
}
