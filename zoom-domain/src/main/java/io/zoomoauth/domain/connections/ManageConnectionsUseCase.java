package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.grant.ConnectionFilter;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.util.Optional;

/** In-port: the connected users, and disconnecting one. */
public interface ManageConnectionsUseCase {

    /** A page of the connections the filter matches, ordered by user id, starting after {@code after}. */
    ConnectionPage page(ConnectionFilter filter, Optional<ZoomUserId> after, int pageSize);

    Optional<ConnectionView> get(ZoomUserId userId);

    /**
     * Revokes the grant at Zoom (best effort) and deletes everything stored for the user.
     *
     * @throws io.zoomoauth.domain.error.NotConnected when nothing is stored for the user
     */
    DisconnectResult disconnect(ZoomUserId userId);
}
