package io.zoomoauth.adapters.http.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.zoomoauth.domain.listings.Page;
import io.zoomoauth.domain.listings.PageQuery;
import io.zoomoauth.domain.listings.UserListing;
import io.zoomoauth.domain.listings.ZoomUserListingPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUserRef;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * One of Zoom's per-user lists over a declarative client method: a subclass names the listing and hands over its
 * client (a {@link ListCall}). The bearer token, paging parameters, the page and its items and failures are handled
 * here; the items are read as the listing's domain type, which its adapter imports with {@link ZoomNames}.
 *
 * @param <T> the domain item
 */
public abstract class ZoomUserListAdapter<T> implements ZoomUserListingPort<T> {

    /**
     * The list method of a declarative client: its client interface extends this one and overrides {@code list}
     * with the path template and {@link RetriedGet}; how the parameters are sent is said here, once (Micronaut
     * applies a parameter's annotations to the method that overrides it, except {@code @Nullable}, which the
     * override repeats for the two paging parameters).
     */
    public interface ListCall {
        HttpResponse<ZoomPage> list(@Header(HttpHeaders.AUTHORIZATION) String bearer, String userId,
                                    @Nullable @QueryValue("page_size") Integer pageSize,
                                    @Nullable @QueryValue("next_page_token") String nextPageToken);
    }

    /** What every list adapter needs, in one bean, so that a subclass's constructor stays one line. */
    @Singleton
    public static final class Pages {
        private final ZoomCalls calls;
        private final JsonMapper json;

        Pages(ZoomCalls calls, JsonMapper json) {
            this.calls = calls;
            this.json = json;
        }
    }

    private static final String DOMAIN = "io.zoomoauth.domain.";

    private final UserListing<T> listing;
    private final Pages pages;
    private final ListCall call;

    protected ZoomUserListAdapter(UserListing<T> listing, Pages pages, ListCall call) {
        this.listing = listing;
        this.pages = pages;
        this.call = call;
    }

    @Override
    public final UserListing<T> listing() {
        return listing;
    }

    @Override
    public final Page<T> list(AccessToken token, ZoomUserRef user, PageQuery query) {
        return pages.calls.read(() -> call.list(ZoomCalls.bearer(token), user.value(), query.pageSize().orElse(null),
                query.nextPageToken().orElse(null)), page -> page.toPage(listing.name(), this::items));
    }

    private List<T> items(JsonNode items) {
        try {
            return pages.json.readValueFromTree(items, Argument.listOf(listing.itemType()));
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * The domain type's own check (a required field missing, an id not positive) names the field and never the
     * value, so its message is kept; anything else (the codec's own messages may quote the body) by its type only.
     */
    private static RuntimeException unreadable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if ((cause instanceof IllegalArgumentException || cause instanceof NullPointerException)
                    && thrownByTheDomain(cause)) {
                return new IllegalArgumentException(cause.getMessage());
            }
        }
        return new IllegalStateException(e.getClass().getSimpleName());
    }

    /** The first frame outside the JDK (e.g. past {@code Objects.requireNonNull}) is the domain's. */
    private static boolean thrownByTheDomain(Throwable thrown) {
        return Arrays.stream(thrown.getStackTrace()).map(StackTraceElement::getClassName)
                .filter(name -> !name.startsWith("java.")).findFirst().filter(name -> name.startsWith(DOMAIN))
                .isPresent();
    }
}
