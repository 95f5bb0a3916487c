package io.zoomoauth.domain.connect;

import static io.zoomoauth.domain.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.access.AccessTokenService;
import io.zoomoauth.domain.access.RefreshSettings;
import io.zoomoauth.domain.access.TokenEvents;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.common.Sleeper;
import io.zoomoauth.domain.testing.CountingOAuth;
import io.zoomoauth.domain.token.TokenPolicy;
import io.zoomoauth.domain.connect.ManageConnectSessionsUseCase.CancelOutcome;
import io.zoomoauth.domain.connections.ConnectionPage;
import io.zoomoauth.domain.connections.ConnectionsService;
import io.zoomoauth.domain.grant.ConnectionFilter;
import io.zoomoauth.domain.grant.ConnectionTags;
import io.zoomoauth.domain.grant.ExternalUserId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.testing.Fixtures;
import io.zoomoauth.domain.testing.InMemoryConnectSessions;
import io.zoomoauth.domain.testing.InMemoryGrantStore;
import io.zoomoauth.domain.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectSessionsTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryConnectSessions store = new InMemoryConnectSessions();
    private final ConnectSessionsService sessions = new ConnectSessionsService(store,
            new ReturnUrlAllowList(List.of("https://app.example.com/zoom")), Duration.ofMinutes(30), clock,
            RandomSource.secure());

    private CreatedConnectSession create(Optional<String> returnTo) {
        return sessions.create(new CreateConnectSessionCommand(new ExternalUserId("u-1"), returnTo, ConnectionTags.NONE));
    }

    @Test
    void aSessionIsPendingUntilItsTtlAndExpiredFromThenOn() {
        ConnectSession session = create(Optional.empty()).session();
        assertThat(session.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(session.statusAt(T0.plus(Duration.ofMinutes(30)).minusNanos(1))).isEqualTo(ConnectSessionStatus.PENDING);
        assertThat(session.statusAt(T0.plus(Duration.ofMinutes(30)))).isEqualTo(ConnectSessionStatus.EXPIRED);
        assertThat(session.refusalToOpen(T0.plus(Duration.ofMinutes(30)))).contains(ConnectError.SESSION_EXPIRED);
        assertThat(session.refusalToComplete()).as("a flow started in time may finish").isEmpty();
    }

    @Test
    void theLinksTokenIsStoredOnlyAsAHashAndNeverPrinted() {
        CreatedConnectSession created = create(Optional.empty());
        assertThat(created.session().tokenHash()).isEqualTo(created.token().hash()).hasSize(64)
                .doesNotContain(created.token().value());
        assertThat(created.token().value()).hasSize(43);
        assertThat(created.token().toString()).doesNotContain(created.token().value());
        assertThat(create(Optional.empty()).token()).isNotEqualTo(created.token());
    }

    @Test
    void aReturnUrlOutsideTheAllowListIsRefusedNamingTheField() {
        assertThat(create(Optional.of("https://app.example.com/zoom/done")).session().returnTo()).isPresent();
        assertThatThrownBy(() -> create(Optional.of("https://evil.example.com/zoom")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("returnTo");
        assertThat(store.sessions).hasSize(1);
    }

    @Test
    void onlyAPendingSessionCanBeCancelled() {
        ConnectSession pending = create(Optional.empty()).session();
        assertThat(sessions.cancel(pending.id())).isEqualTo(CancelOutcome.CANCELLED);
        assertThat(sessions.cancel(pending.id())).isEqualTo(CancelOutcome.NOT_PENDING);
        ConnectSession expired = create(Optional.empty()).session();
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.cancel(expired.id())).isEqualTo(CancelOutcome.NOT_PENDING);
        assertThat(sessions.cancel(ConnectSessionId.random(RandomSource.secure()))).isEqualTo(CancelOutcome.NOT_FOUND);
    }

    @Test
    void connectionsArePagedWithATokenOnlyWhenAnotherPageFollows() {
        InMemoryGrantStore grants = new InMemoryGrantStore();
        for (String id : List.of("A1", "A2", "A3")) {
            grants.saveConnected(Fixtures.grant(new ZoomUserId(id), id, T0, Duration.ofHours(1)));
        }
        CountingOAuth oauth = new CountingOAuth(clock);
        ConnectionsService connections = new ConnectionsService(grants, grants, oauth, new AccessTokenService(grants, oauth,
                TokenPolicy.defaults(), RefreshSettings.defaults("test"), clock, RandomSource.secure(),
                Sleeper.threadSleep(), TokenEvents.NONE), clock);

        ConnectionPage first = connections.page(ConnectionFilter.ALL, Optional.empty(), 2);
        ConnectionPage last = connections.page(ConnectionFilter.ALL, first.nextAfter(), 2);

        assertThat(first.connections()).extracting(c -> c.userId().value()).containsExactly("A1", "A2");
        assertThat(first.nextAfter()).contains(new ZoomUserId("A2"));
        assertThat(last.connections()).extracting(c -> c.userId().value()).containsExactly("A3");
        assertThat(last.nextAfter()).isEmpty();
        assertThat(connections.page(ConnectionFilter.ALL, Optional.empty(), 3).nextAfter()).isEmpty();
        assertThatThrownBy(() -> connections.page(ConnectionFilter.ALL, Optional.empty(), 301))
                .hasMessageContaining("page_size");
    }
}
