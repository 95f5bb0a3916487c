package io.zoomoauth.adapters.persistence.grant;

import io.zoomoauth.adapters.persistence.jdbc.StorageBoundary;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.connections.ConnectionDirectory;
import io.zoomoauth.domain.connections.ConnectionView;
import io.zoomoauth.domain.grant.ConnectionFilter;
import io.zoomoauth.domain.grant.ExternalUserId;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.ZoomUserId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** {@link ConnectionDirectory} on {@code zoom_grant}: the same rows as the grant store, tokens left sealed. */
@Singleton
@StorageBoundary
class ConnectionDirectoryAdapter implements ConnectionDirectory {

    private final GrantRepository grants;

    ConnectionDirectoryAdapter(GrantRepository grants) {
        this.grants = grants;
    }

    @Override
    public List<ConnectionView> listConnections(ConnectionFilter filter, Optional<ZoomUserId> after, int limit) {
        Check.notNull(filter, "filter");
        Check.notNull(after, "after");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return grants.listMatching(filter.externalUserId().map(ExternalUserId::value).orElse(""),
                filter.status().map(GrantStatus::name).orElse(""), after.map(ZoomUserId::value).orElse(""), limit)
                .stream().map(GrantRowMapper::toView).toList();
    }

    @Override
    public Optional<ConnectionView> findConnection(ZoomUserId userId) {
        Check.notNull(userId, "userId");
        return grants.findById(userId.value()).map(GrantRowMapper::toView);
    }
}
