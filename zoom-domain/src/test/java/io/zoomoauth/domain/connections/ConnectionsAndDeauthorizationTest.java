package io.zoomoauth.domain.connections;

import static io.zoomoauth.domain.testing.Fixtures.T0;
import static io.zoomoauth.domain.testing.Fixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.access.AccessTokenService;
import io.zoomoauth.domain.access.RefreshSettings;
import io.zoomoauth.domain.access.TokenEvents;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.common.Sleeper;
import io.zoomoauth.domain.error.NotConnected;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.events.OutboxEvent;
import io.zoomoauth.domain.grant.ConnectionLink;
import io.zoomoauth.domain.grant.ConnectionTags;
import io.zoomoauth.domain.grant.ExternalUserId;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.ConnectionFilter;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.testing.Fixtures;
import io.zoomoauth.domain.testing.InMemoryGrantStore;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.domain.testing.RotatingOAuth;
import io.zoomoauth.domain.token.TokenPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionsAndDeauthorizationTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryGrantStore store = new InMemoryGrantStore();
    private RotatingOAuth zoom;
    private AccessTokenService tokens;
    private ConnectionsService connections;

    @BeforeEach
    void setUp() {
        Grant grant = store.saveConnected(Fixtures.grant(USER, "one", T0, Duration.ofHours(1)));
        zoom = new RotatingOAuth(clock, grant.tokens().refreshToken().value());
        tokens = new AccessTokenService(store, zoom, TokenPolicy.defaults(), RefreshSettings.defaults("a"), clock,
                RandomSource.secure(), Sleeper.threadSleep(), TokenEvents.NONE);
        connections = new ConnectionsService(store, store, zoom, tokens, clock);
    }

    @Test
    void viewsCarryEverythingButTokens() {
        ConnectionView view = connections.get(USER).orElseThrow();
        assertThat(view.toString()).doesNotContain("access-one").doesNotContain("refresh-one");
        assertThat(view.email()).isEqualTo("ada@example.com");
        assertThat(view.accessTokenExpiresAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    @Test
    void listsInUserIdOrderWithPaging() {
        store.saveConnected(Fixtures.grant(new ZoomUserId("AAA"), "a", T0, Duration.ofHours(1)));
        store.saveConnected(Fixtures.grant(new ZoomUserId("ZZZ"), "z", T0, Duration.ofHours(1)));
        assertThat(connections.page(ConnectionFilter.ALL, Optional.empty(), 2).connections()).extracting(v -> v.userId().value())
                .containsExactly("AAA", "KdYKjnimT4KPd8FFgQt9FQ");
        assertThat(connections.page(ConnectionFilter.ALL, Optional.of(USER), 10).connections())
                .extracting(v -> v.userId().value()).containsExactly("ZZZ");
        assertThatThrownBy(() -> connections.page(ConnectionFilter.ALL, Optional.empty(), 0))
                .hasMessageContaining("page_size");
    }

    @Test
    void disconnectRevokesAtZoomAndDeletesEverything() {
        DisconnectResult result = connections.disconnect(USER);
        assertThat(result.revokedAtZoom()).isTrue();
        assertThat(zoom.revoked).extracting(AccessToken::value).containsExactly("access-one");
        assertThat(store.find(USER)).isEmpty();
        assertThat(store.deletions).hasSize(1);
        assertThatThrownBy(() -> tokens.accessTokenFor(USER)).isInstanceOf(NotConnected.class);
    }

    @Test
    void disconnectDeletesLocallyEvenWhenZoomCannotRevoke() {
        RotatingOAuth down = new RotatingOAuth(clock, "refresh-one") {
            @Override
            public synchronized void revoke(AccessToken accessToken) {
                throw new ZoomUnavailable("503");
            }
        };
        ConnectionsService service = new ConnectionsService(store, store, down, tokens, clock);
        DisconnectResult result = service.disconnect(USER);
        assertThat(result.revokedAtZoom()).isFalse();
        assertThat(result.revokeFailure()).hasValueSatisfying(why -> assertThat(why).contains("unavailable"));
        assertThat(store.find(USER)).isEmpty();
    }

    @Test
    void disconnectOfAnUnknownUserIsNotConnected() {
        assertThatThrownBy(() -> connections.disconnect(new ZoomUserId("nobody"))).isInstanceOf(NotConnected.class);
    }

    @Test
    void deauthorizationDeletesTheUsersDataOnceAndIgnoresRetries() {
        MemoryEvents events = new MemoryEvents();
        DeauthorizationService service = new DeauthorizationService(store, store, events, tokens, clock);
        tokens.accessTokenFor(USER);
        DeauthorizationEvent event = new DeauthorizationEvent(USER, "acc", T0.plusSeconds(5));
        assertThat(service.handle(event)).isEqualTo(HandleDeauthorizationUseCase.Outcome.DELETED);
        assertThat(store.find(USER)).isEmpty();
        assertThatThrownBy(() -> tokens.accessTokenFor(USER)).isInstanceOf(NotConnected.class);
        assertThat(service.handle(event)).isEqualTo(HandleDeauthorizationUseCase.Outcome.ALREADY_HANDLED);
        assertThat(service.handle(new DeauthorizationEvent(new ZoomUserId("never"), "acc", T0)))
                .isEqualTo(HandleDeauthorizationUseCase.Outcome.NOTHING_STORED);
    }

    @Test
    void aReplayedDeauthorizationDoesNotDeleteAUserWhoConnectedAgain() {
        DeauthorizationService service = new DeauthorizationService(store, store, new MemoryEvents(), tokens, clock);
        DeauthorizationEvent event = new DeauthorizationEvent(USER, "acc", T0.plusSeconds(60));
        assertThat(service.handle(event)).isEqualTo(HandleDeauthorizationUseCase.Outcome.DELETED);
        store.saveConnected(Fixtures.grant(USER, "again", T0.plusSeconds(120), Duration.ofHours(1)));

        assertThat(service.handle(event)).isEqualTo(HandleDeauthorizationUseCase.Outcome.ALREADY_HANDLED);
        assertThat(store.find(USER)).isPresent();
        assertThat(store.deletions).hasSize(1);
    }

    @Test
    void aDeauthorizationOlderThanTheStoredConsentLeavesTheGrantAlone() {
        DeauthorizationService service = new DeauthorizationService(store, store, new MemoryEvents(), tokens, clock);
        DeauthorizationEvent stale = new DeauthorizationEvent(USER, "acc", T0.minusSeconds(3600));

        assertThat(service.handle(stale)).isEqualTo(HandleDeauthorizationUseCase.Outcome.SUPERSEDED);
        assertThat(store.find(USER)).isPresent();
        assertThat(store.deletions).isEmpty();
    }

    private static final class MemoryEvents implements ProcessedEventStore {
        private final Set<String> keys = new HashSet<>();

        @Override
        public boolean isRecorded(String eventKey) {
            return keys.contains(eventKey);
        }

        @Override
        public boolean recordIfNew(String eventKey, String eventType, Instant receivedAt) {
            return keys.add(eventKey);
        }

        @Override
        public int deleteReceivedBefore(Instant before) {
            return 0;
        }
    }

    @Test
    void aDisconnectAndADeauthorizationAreEachReportedOnceWithTheirCause() {
        connections.disconnect(USER);
        store.saveConnected(Fixtures.grant(USER, "two", T0, Duration.ofHours(1)));
        DeauthorizationService deauthorization = new DeauthorizationService(store, store, new MemoryEvents(), tokens,
                clock);
        DeauthorizationEvent event = new DeauthorizationEvent(USER, "acct1", T0);
        deauthorization.handle(event);
        deauthorization.handle(event);

        assertThat(store.events).extracting(e -> e.type().wireName()).containsExactly("connection.created",
                "connection.deleted", "connection.created", "connection.deleted");
        assertThat(store.events.get(1).dataJson()).isEqualTo("{\"cause\":\"disconnected\"}");
        assertThat(store.events.get(3).dataJson()).isEqualTo("{\"cause\":\"deauthorized\"}");
        assertThat(store.events.get(3).accountId()).contains("acct1");
        assertThat(store.events).allSatisfy(e -> assertThat(e.zoomUserId()).contains(USER.value()));
    }

    @Test
    void deletionEventsOfALinkedConnectionSayWhoseItWas() {
        ConnectionLink link = ConnectionLink.to(new ExternalUserId("org-7"), new ConnectionTags(Map.of("plan", "pro")));
        ZoomUserId linked = new ZoomUserId("LINKED1");
        ZoomUserId leaver = new ZoomUserId("LINKED2");
        store.saveConnected(Grant.connect(Fixtures.owner(linked), Fixtures.tokens("l1", T0, Duration.ofHours(1)), T0, link));
        store.saveConnected(Grant.connect(Fixtures.owner(leaver), Fixtures.tokens("l2", T0, Duration.ofHours(1)), T0,
                ConnectionLink.to(new ExternalUserId("org-8"), ConnectionTags.NONE)));
        connections.disconnect(linked);
        new DeauthorizationService(store, store, new MemoryEvents(), tokens, clock)
                .handle(new DeauthorizationEvent(leaver, "acct1", T0));

        OutboxEvent disconnected = store.events.get(store.events.size() - 2);
        OutboxEvent deauthorized = store.events.get(store.events.size() - 1);
        assertThat(disconnected.type().wireName()).isEqualTo("connection.deleted");
        assertThat(disconnected.externalUserId()).contains("org-7");
        assertThat(disconnected.body()).contains("\"tags\":{\"plan\":\"pro\"}");
        assertThat(deauthorized.dataJson()).isEqualTo("{\"cause\":\"deauthorized\"}");
        assertThat(deauthorized.externalUserId()).contains("org-8");
    }
}
