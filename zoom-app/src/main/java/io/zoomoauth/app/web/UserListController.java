package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.zoomoauth.domain.listings.ListUserItemsUseCase;
import io.zoomoauth.domain.listings.PageQuery;
import io.zoomoauth.domain.listings.UserListing;

/**
 * What every route of a per-user Zoom list does ({@code GET /api/users/{userId}/<listing>}): the user as a
 * connected user's Zoom id or, for the Server-to-Server app, an id or email; the paging parameters validated
 * before Zoom is asked; the page in Zoom's shape. A subclass is the controller: its path, tag and operation.
 *
 * @param <T> the listing's domain item
 */
public abstract class UserListController<T> implements ListRoutes {

    /**
     * The route's parameters. Typed, so that a value Micronaut cannot convert ({@code page_size=two}) is a 400
     * naming the parameter; a value Zoom would refuse is one from {@link PageQuery}.
     */
    @Introspected
    public record Request(@PathVariable String userId, @Nullable @QueryValue("page_size") Integer pageSize,
                          @Nullable @QueryValue("next_page_token") String nextPageToken) {
    }

    private final UserListing<T> listing;
    private final ListUserItemsUseCase listings;

    protected UserListController(UserListing<T> listing, ListUserItemsUseCase listings) {
        this.listing = listing;
        this.listings = listings;
    }

    @Override
    public final UserListing<T> listing() {
        return listing;
    }

    protected final PageJson<T> page(Request request) {
        return PageJson.of(listing.name(), listings.list(listing, MeetingsController.user(request.userId()),
                PageQuery.of(request.pageSize(), request.nextPageToken())));
    }
}
