package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.access.ObtainAccessTokenUseCase;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.error.NotConnected;
import io.zoomoauth.domain.grant.ConnectionFilter;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Lists, shows and disconnects connections. */
public final class ConnectionsService implements ManageConnectionsUseCase {

    public static final int MAX_PAGE_SIZE = 300;

    private final GrantStore grants;
    private final ZoomOAuthPort oauth;
    private final ObtainAccessTokenUseCase tokens;
    private final Clock clock;

    public ConnectionsService(GrantStore grants, ZoomOAuthPort oauth, ObtainAccessTokenUseCase tokens, Clock clock) {
        this.grants = Check.notNull(grants, "grants");
        this.oauth = Check.notNull(oauth, "oauth");
        this.tokens = Check.notNull(tokens, "tokens");
        this.clock = Check.notNull(clock, "clock");
    }

    @Override
    public ConnectionPage page(ConnectionFilter filter, Optional<ZoomUserId> after, int pageSize) {
        Check.notNull(filter, "filter");
        Check.notNull(after, "after");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
        // One more than asked tells whether another page follows, without a count.
        List<Grant> found = grants.list(filter, after, pageSize + 1);
        List<ConnectionView> page = found.stream().limit(pageSize).map(ConnectionView::of).toList();
        Optional<ZoomUserId> next = found.size() > pageSize ? Optional.of(page.get(page.size() - 1).userId())
                : Optional.empty();
        return new ConnectionPage(page, next);
    }

    @Override
    public Optional<ConnectionView> get(ZoomUserId userId) {
        return grants.find(userId).map(ConnectionView::of);
    }

    @Override
    public DisconnectResult disconnect(ZoomUserId userId) {
        Grant grant = grants.find(userId).orElseThrow(() -> new NotConnected(userId.value()));
        DisconnectResult result = revoke(grant);
        grants.deleteUser(userId, clock.instant(), "disconnected");
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
