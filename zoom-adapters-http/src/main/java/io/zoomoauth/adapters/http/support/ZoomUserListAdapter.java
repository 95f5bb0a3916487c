package io.zoomoauth.adapters.http.support;

import io.micronaut.http.HttpResponse;
import io.zoomoauth.domain.listings.Page;
import io.zoomoauth.domain.listings.PageQuery;
import io.zoomoauth.domain.listings.UserListing;
import io.zoomoauth.domain.listings.ZoomUserListingPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUserRef;
import java.util.function.Function;

/**
 * One of Zoom's per-user lists over a declarative client method: a subclass names the listing, the client's
 * {@code list} method and the item mapping; the bearer token, paging parameters and failures are handled here.
 *
 * @param <P> the page record, @param <J> its item record, @param <T> the domain item
 */
public abstract class ZoomUserListAdapter<P extends ZoomPageJson<J>, J, T> implements ZoomUserListingPort<T> {

    /** A declarative client's list method: {@code (bearer, userId, page_size, next_page_token) -> page}. */
    @FunctionalInterface
    public interface ListCall<P> {
        HttpResponse<P> list(String bearer, String userId, Integer pageSize, String nextPageToken);
    }

    private final UserListing<T> listing;
    private final ZoomCalls calls;
    private final ListCall<P> call;
    private final Function<J, T> mapping;

    protected ZoomUserListAdapter(UserListing<T> listing, ZoomCalls calls, ListCall<P> call, Function<J, T> mapping) {
        this.listing = listing;
        this.calls = calls;
        this.call = call;
        this.mapping = mapping;
    }

    @Override
    public final UserListing<T> listing() {
        return listing;
    }

    @Override
    public final Page<T> list(AccessToken token, ZoomUserRef user, PageQuery query) {
        return calls.read(() -> call.list(ZoomCalls.bearer(token), user.value(), query.pageSize().orElse(null),
                query.nextPageToken().orElse(null)), page -> page.toPage(mapping));
    }
}
