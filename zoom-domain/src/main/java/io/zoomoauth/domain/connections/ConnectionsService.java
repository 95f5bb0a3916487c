package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.access.ObtainAccessTokenUseCase;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.error.GrantUnreadable;
import io.zoomoauth.domain.error.NotConnected;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.grant.ConnectionFilter;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantEvents;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Lists and shows connections (without decrypting a token), and disconnects them. */
public final class ConnectionsService implements ManageConnectionsUseCase {

    public static final int MAX_PAGE_SIZE = 300;

    private final GrantStore grants;
    private final ConnectionDirectory directory;
    private final ZoomOAuthPort oauth;
    private final ObtainAccessTokenUseCase tokens;
    private final Clock clock;
    private final GrantEvents events;

    public ConnectionsService(GrantStore grants, ConnectionDirectory directory, ZoomOAuthPort oauth,
                              ObtainAccessTokenUseCase tokens, Clock clock) {
        this.grants = Check.notNull(grants, "grants");
        this.directory = Check.notNull(directory, "directory");
        this.oauth = Check.notNull(oauth, "oauth");
        this.tokens = Check.notNull(tokens, "tokens");
        this.clock = Check.notNull(clock, "clock");
        this.events = new GrantEvents(clock, RandomSource.secure());
    }

    @Override
    public ConnectionPage page(ConnectionFilter filter, Optional<ZoomUserId> after, int pageSize) {
        Check.notNull(filter, "filter");
        Check.notNull(after, "after");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
        // One more than asked tells whether another page follows, without a count.
        List<ConnectionView> found = directory.listConnections(filter, after, pageSize + 1);
        List<ConnectionView> page = found.stream().limit(pageSize).toList();
        Optional<ZoomUserId> next = found.size() > pageSize ? Optional.of(page.get(page.size() - 1).userId())
                : Optional.empty();
        return new ConnectionPage(page, next);
    }

    @Override
    public Optional<ConnectionView> get(ZoomUserId userId) {
        return directory.findConnection(userId);
    }

    @Override
    public DisconnectResult disconnect(ZoomUserId userId) {
        // Read without decrypting, so the event says whose connection it was even when its tokens are unreadable.
        ConnectionView connection = directory.findConnection(userId).orElseThrow(() -> new NotConnected(userId.value()));
        DisconnectResult result;
        try {
            result = revoke(grants.find(userId).orElseThrow(() -> new NotConnected(userId.value())));
        } catch (GrantUnreadable unreadable) {
            // Its tokens are lost to us, so Zoom cannot be asked to revoke them; the local data still goes.
            result = new DisconnectResult(false, Optional.of(unreadable.getMessage()));
        }
        grants.deleteUser(userId, clock.instant(), "disconnected", events.deleted(userId,
                Optional.of(connection.accountId().value()), GrantEvents.subjectOf(connection.link()),
                GrantEvents.DISCONNECTED));
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
