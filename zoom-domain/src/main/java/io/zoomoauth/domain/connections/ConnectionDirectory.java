package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.grant.ConnectionFilter;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.util.List;
import java.util.Optional;

/**
 * Out-port: the stored connections as the outside may see them. Never decrypts a token, so listing works even when
 * a grant's tokens cannot be read.
 */
public interface ConnectionDirectory {

    /** The connections the filter matches, by user id, at most {@code limit}, after {@code after} if given. */
    List<ConnectionView> listConnections(ConnectionFilter filter, Optional<ZoomUserId> after, int limit);

    Optional<ConnectionView> findConnection(ZoomUserId userId);
}
