package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.access.ObtainAccessTokenUseCase;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.error.NotConnected;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantEvents;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Lists, shows and disconnects connections. */
public final class ConnectionsService implements ManageConnectionsUseCase {

    public static final int MAX_PAGE = 500;

    private final GrantStore grants;
    private final ZoomOAuthPort oauth;
    private final ObtainAccessTokenUseCase tokens;
    private final Clock clock;
    private final GrantEvents events;

    public ConnectionsService(GrantStore grants, ZoomOAuthPort oauth, ObtainAccessTokenUseCase tokens, Clock clock) {
        this.grants = Check.notNull(grants, "grants");
        this.oauth = Check.notNull(oauth, "oauth");
        this.tokens = Check.notNull(tokens, "tokens");
        this.clock = Check.notNull(clock, "clock");
        this.events = new GrantEvents(clock, RandomSource.secure());
    }

    @Override
    public List<ConnectionView> list(Optional<ZoomUserId> after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
        return grants.list(after, limit).stream().map(ConnectionView::of).toList();
    }

    @Override
    public Optional<ConnectionView> get(ZoomUserId userId) {
        return grants.find(userId).map(ConnectionView::of);
    }

    @Override
    public DisconnectResult disconnect(ZoomUserId userId) {
        Grant grant = grants.find(userId).orElseThrow(() -> new NotConnected(userId.value()));
        DisconnectResult result = revoke(grant);
        grants.deleteUser(userId, clock.instant(), "disconnected", events.deleted(grant, GrantEvents.DISCONNECTED));
        tokens.forget(userId);
        return result;
    }

    private DisconnectResult revoke(Grant grant) {
        if (!grant.isActive()) {
            return new DisconnectResult(false, Optional.of("the grant was no longer valid at Zoom"));
        }
        try {
            // A valid token is needed to revoke; the token manager refreshes an expired one first.
            oauth.revoke(tokens.accessTokenFor(grant.userId()));
            return new DisconnectResult(true, Optional.empty());
        } catch (DomainFailure failure) {
            return new DisconnectResult(false, Optional.of(failure.getMessage()));
        }
    }
}
