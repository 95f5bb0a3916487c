package io.zoomoauth.domain.listings;

import io.zoomoauth.domain.access.ZoomApiAccess;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.users.ZoomUserRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every per-user list through one use case: credentials and the 124 retry come from {@link ZoomApiAccess}, the
 * call from the port registered for the listing. A new list needs a port, not a new service.
 */
public final class UserListingsService implements ListUserItemsUseCase {

    private final ZoomApiAccess access;
    private final Map<UserListing<?>, ZoomUserListingPort<?>> ports = new HashMap<>();

    public UserListingsService(ZoomApiAccess access, List<? extends ZoomUserListingPort<?>> ports) {
        this.access = Check.notNull(access, "access");
        for (ZoomUserListingPort<?> port : Check.notNull(ports, "ports")) {
            if (this.ports.putIfAbsent(port.listing(), port) != null) {
                throw new IllegalArgumentException("two ports read the listing " + port.listing().name());
            }
        }
    }

    @Override
    public <T> Page<T> list(UserListing<T> listing, ZoomUserRef user, PageQuery query) {
        Check.notNull(listing, "listing");
        Check.notNull(query, "query");
        ZoomUserListingPort<T> port = port(listing);
        return access.onBehalfOf(user, (token, pathUser) -> port.list(token, pathUser, query));
    }

    @SuppressWarnings("unchecked") // the map is keyed by each port's own listing, so the types agree
    private <T> ZoomUserListingPort<T> port(UserListing<T> listing) {
        ZoomUserListingPort<?> port = ports.get(listing);
        if (port == null) {
            throw new IllegalStateException("no adapter reads the listing " + listing.name());
        }
        return (ZoomUserListingPort<T>) port;
    }
}
