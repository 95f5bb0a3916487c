package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.util.List;
import java.util.Optional;

/** One page of connections, and where the next one starts (empty on the last page). */
public record ConnectionPage(List<ConnectionView> connections, Optional<ZoomUserId> nextAfter) {

    public ConnectionPage {
        connections = List.copyOf(Check.notNull(connections, "connections"));
        Check.notNull(nextAfter, "nextAfter");
    }
}
