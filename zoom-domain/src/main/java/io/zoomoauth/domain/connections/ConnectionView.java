package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.grant.ConnectionLink;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.Scopes;
import java.time.Instant;
import java.util.Optional;

/** A connection as the outside may see it: everything about a grant except its tokens. */
public record ConnectionView(
        ZoomUserId userId,
        ZoomAccountId accountId,
        String email,
        String displayName,
        Scopes scopes,
        GrantStatus status,
        String statusReason,
        Instant accessTokenExpiresAt,
        Instant refreshTokenIssuedAt,
        Instant connectedAt,
        Optional<Instant> lastRefreshedAt,
        ConnectionLink link) {

    public static ConnectionView of(Grant grant) {
        return new ConnectionView(grant.userId(), grant.owner().accountId(), grant.owner().email(),
                grant.owner().displayName(), grant.tokens().scopes(), grant.status(), grant.statusReason(),
                grant.tokens().accessTokenExpiresAt(), grant.tokens().refreshTokenIssuedAt(), grant.connectedAt(),
                grant.lastRefreshedAt(), grant.link());
    }
}
