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
import io.zoomoauth.domain.grant.Grant;
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
        connections = new ConnectionsService(store, zoom, tokens, clock);
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
        assertThat(connections.list(Optional.empty(), 2)).extracting(v -> v.userId().value())
                .containsExactly("AAA", "KdYKjnimT4KPd8FFgQt9FQ");
        assertThat(connections.list(Optional.of(USER), 10)).extracting(v -> v.userId().value()).containsExactly("ZZZ");
        assertThatThrownBy(() -> connections.list(Optional.empty(), 0)).hasMessageContaining("limit");
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
        ConnectionsService service = new ConnectionsService(store, down, tokens, clock);
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
        DeauthorizationService service = new DeauthorizationService(store, events, tokens, clock);
        tokens.accessTokenFor(USER);
        DeauthorizationEvent event = new DeauthorizationEvent(USER, "acc", T0.minusSeconds(5));
        assertThat(service.handle(event)).isEqualTo(HandleDeauthorizationUseCase.Outcome.DELETED);
        assertThat(store.find(USER)).isEmpty();
        assertThatThrownBy(() -> tokens.accessTokenFor(USER)).isInstanceOf(NotConnected.class);
        assertThat(service.handle(event)).isEqualTo(HandleDeauthorizationUseCase.Outcome.ALREADY_HANDLED);
        assertThat(service.handle(new DeauthorizationEvent(new ZoomUserId("never"), "acc", T0)))
                .isEqualTo(HandleDeauthorizationUseCase.Outcome.NOTHING_STORED);
    }

    private static final class MemoryEvents implements ProcessedEventStore {
        private final Set<String> keys = new HashSet<>();

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
        DeauthorizationService deauthorization = new DeauthorizationService(store, new MemoryEvents(), tokens,
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
}
