package io.zoomoauth.domain.access;

import static io.zoomoauth.domain.testing.Fixtures.T0;
import static io.zoomoauth.domain.testing.Fixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.common.Sleeper;
import io.zoomoauth.domain.error.InvalidGrant;
import io.zoomoauth.domain.error.NotConnected;
import io.zoomoauth.domain.error.ReauthorizationRequired;
import io.zoomoauth.domain.error.ZoomBusy;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantEvents;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.RefreshLease;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.testing.Fixtures;
import io.zoomoauth.domain.testing.InMemoryGrantStore;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.domain.testing.RotatingOAuth;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.TokenPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessTokenServiceTest {

    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final Instant EXPIRY = T0.plus(Duration.ofHours(1));

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryGrantStore store = new InMemoryGrantStore();
    private RotatingOAuth zoom;
    private AccessTokenService tokens;

    @BeforeEach
    void setUp() {
        Grant grant = store.saveConnected(Fixtures.grant(USER, "one", T0, Duration.ofHours(1)));
        zoom = new RotatingOAuth(clock, grant.tokens().refreshToken().value());
        tokens = manager(Sleeper.threadSleep());
    }

    private AccessTokenService manager(Sleeper sleeper) {
        RefreshSettings settings = new RefreshSettings(Duration.ofSeconds(30), Duration.ofMillis(10),
                Duration.ofSeconds(5), Duration.ofSeconds(60), "instance-a");
        return new AccessTokenService(store, zoom, TokenPolicy.defaults(), settings, clock, RandomSource.secure(),
                sleeper, TokenEvents.NONE);
    }

    @Test
    void servesAValidTokenFromMemoryWithoutAStoreRoundTrip() {
        AccessToken first = tokens.accessTokenFor(USER);
        long finds = store.finds.get();
        for (int i = 0; i < 100; i++) {
            assertThat(tokens.accessTokenFor(USER)).isEqualTo(first);
        }
        assertThat(store.finds.get()).isEqualTo(finds);
        assertThat(zoom.refreshCalls.get()).isZero();
    }

    @Test
    void doesNotRefreshOneSecondBeforeExpiryMinusSkew() {
        clock.set(EXPIRY.minus(SKEW).minusSeconds(1));
        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-one");
        assertThat(zoom.refreshCalls.get()).isZero();
    }

    @Test
    void refreshesAtExactlyExpiryMinusSkewAndStoresBothRotatedTokens() {
        tokens.accessTokenFor(USER);
        clock.set(EXPIRY.minus(SKEW));
        AccessToken fresh = tokens.accessTokenFor(USER);
        assertThat(fresh.value()).isEqualTo("access-gen1");
        Grant stored = store.find(USER).orElseThrow();
        assertThat(stored.tokens().accessToken()).isEqualTo(fresh);
        assertThat(stored.tokens().refreshToken().value()).isEqualTo(zoom.liveRefreshToken());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.lastRefreshedAt()).contains(EXPIRY.minus(SKEW));
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
    }

    @Test
    void cachedTokenIsNeverTrustedInsideTheSkew() {
        tokens.accessTokenFor(USER);
        clock.set(EXPIRY.minus(SKEW).plusSeconds(1));
        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-gen1");
    }

    @Test
    void concurrentCallersShareOneRefresh() throws Exception {
        clock.set(EXPIRY);
        zoom.latency(Duration.ofMillis(200));
        List<AccessToken> results = runConcurrently(50, () -> tokens.accessTokenFor(USER));
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
        assertThat(Set.copyOf(results)).hasSize(1);
        assertThat(results.get(0).value()).isEqualTo("access-gen1");
        assertThat(zoom.reuse.get()).isZero();
    }

    @Test
    void callersArrivingDuringARefreshShareItWithoutReadingTheStore() throws Exception {
        clock.set(EXPIRY);
        zoom.latency(Duration.ofMillis(300));
        CountDownLatch refreshing = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<AccessToken> leader = first.submit(() -> {
                refreshing.countDown();
                return tokens.accessTokenFor(USER);
            });
            refreshing.await();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (zoom.refreshCalls.get() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // the leader is inside Zoom's refresh from here on (it takes 300 ms)
            }
            long findsBefore = store.finds.get();
            List<AccessToken> joiners = runConcurrently(20, () -> tokens.accessTokenFor(USER));
            assertThat(store.finds.get() - findsBefore).as("joiners wait for the refresh, not the store").isZero();
            assertThat(Set.copyOf(joiners)).containsExactly(leader.get(5, TimeUnit.SECONDS));
            assertThat(zoom.refreshCalls.get()).isEqualTo(1);
        } finally {
            first.shutdownNow();
        }
    }

    @Test
    void twoInstancesOnOneStoreRefreshOnceBetweenThem() throws Exception {
        AccessTokenService other = manager(Sleeper.threadSleep());
        clock.set(EXPIRY);
        zoom.latency(Duration.ofMillis(200));
        AtomicInteger turn = new AtomicInteger();
        List<AccessToken> results = runConcurrently(40,
                () -> (turn.getAndIncrement() % 2 == 0 ? tokens : other).accessTokenFor(USER));
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
        assertThat(zoom.reuse.get()).isZero();
        assertThat(Set.copyOf(results)).hasSize(1);
    }

    @Test
    void aTransientStoreFailureAfterRotationIsRetriedSoTheNewTokensAreNotLost() {
        clock.set(EXPIRY);
        AtomicInteger failures = new AtomicInteger();
        InMemoryGrantStore flaky = new InMemoryGrantStore() {
            @Override
            public Grant saveUnderLease(Grant changed, RefreshLease lease) {
                if (failures.getAndIncrement() == 0) {
                    throw new IllegalStateException("connection reset");
                }
                return super.saveUnderLease(changed, lease);
            }
        };
        flaky.saveConnected(Fixtures.grant(USER, "one", T0, Duration.ofHours(1)));
        AccessTokenService manager = new AccessTokenService(flaky, zoom, TokenPolicy.defaults(),
                RefreshSettings.defaults("a"), clock, RandomSource.secure(), d -> { }, TokenEvents.NONE);
        assertThat(manager.accessTokenFor(USER).value()).isEqualTo("access-gen1");
        assertThat(flaky.find(USER).orElseThrow().tokens().refreshToken().value()).isEqualTo(zoom.liveRefreshToken());
    }

    @Test
    void invalidGrantWithAnUnchangedRefreshTokenRequiresReauthorization() {
        clock.set(EXPIRY);
        zoom.failWith(() -> new InvalidGrant("invalid_grant", "t-9"));
        assertThatThrownBy(() -> tokens.accessTokenFor(USER)).isInstanceOf(ReauthorizationRequired.class);
        Grant stored = store.find(USER).orElseThrow();
        assertThat(stored.status()).isEqualTo(GrantStatus.REAUTHORIZATION_REQUIRED);
        assertThat(stored.statusReason()).contains("invalid_grant");
        zoom.failWith(null);
        assertThatThrownBy(() -> tokens.accessTokenFor(USER)).isInstanceOf(ReauthorizationRequired.class);
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
        assertThat(store.events).as("one event per transition, none per failed call")
                .extracting(e -> e.type().wireName())
                .containsExactly("connection.created", "connection.reauthorization_required");
        assertThat(store.events.get(1).dataJson()).contains("invalid_grant");
    }

    @Test
    void aSuccessfulRefreshRecordsNoEvent() {
        clock.set(EXPIRY);
        tokens.accessTokenFor(USER);
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
        assertThat(store.events).extracting(e -> e.type().wireName()).containsExactly("connection.created");
    }

    @Test
    void invalidGrantAfterAnotherProcessRotatedUsesTheirTokens() {
        clock.set(EXPIRY);
        Grant rotatedElsewhere = store.find(USER).orElseThrow()
                .refreshed(Fixtures.tokens("elsewhere", EXPIRY, Duration.ofHours(1)), EXPIRY);
        zoom.failWith(() -> {
            // Another instance (whose lease we took over after it expired) stored its rotation meanwhile.
            store.overwrite(rotatedElsewhere);
            return new InvalidGrant("invalid_grant", "t-10");
        });
        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-elsewhere");
        assertThat(store.find(USER).orElseThrow().status()).isEqualTo(GrantStatus.ACTIVE);
    }

    @Test
    void zoomOutageKeepsTheOldTokensAndServesTheStillValidAccessToken() {
        clock.set(EXPIRY.minus(SKEW));
        zoom.failWith(() -> new ZoomUnavailable("503 from Zoom", 503, "t-1", null));
        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-one");
        Grant stored = store.find(USER).orElseThrow();
        assertThat(stored.tokens().refreshToken().value()).isEqualTo("refresh-one");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void zoomOutageWithAnExpiredTokenIsUnavailableAndRetriedAfterABackoff() {
        clock.set(EXPIRY);
        zoom.failWith(() -> new ZoomUnavailable("timeout"));
        assertThatThrownBy(() -> tokens.accessTokenFor(USER)).isInstanceOf(ZoomUnavailable.class);
        assertThatThrownBy(() -> tokens.accessTokenFor(USER)).isInstanceOf(ZoomUnavailable.class);
        assertThat(zoom.refreshCalls.get()).as("second call inside the backoff does not reach Zoom").isEqualTo(1);
        zoom.failWith(null);
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-gen1");
        assertThat(zoom.refreshCalls.get()).isEqualTo(2);
    }

    @Test
    void noFreeConnectionForTheRefresh_servesTheStillValidToken() {
        clock.set(EXPIRY.minus(SKEW));
        zoom.failWith(() -> new ZoomBusy("POST /oauth/token was not sent", null));
        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-one");
        assertThat(store.find(USER).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void noFreeConnectionWithAnExpiredToken_isZoomBusy_andTheNextCallTriesAgainAtOnce() {
        clock.set(EXPIRY);
        zoom.failWith(() -> new ZoomBusy("POST /oauth/token was not sent", null));
        assertThatThrownBy(() -> tokens.accessTokenFor(USER)).isInstanceOf(ZoomBusy.class);
        zoom.failWith(null);
        // Not an outage of Zoom: no backoff, so the very next call (same instant) refreshes.
        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-gen1");
        assertThat(zoom.refreshCalls.get()).isEqualTo(2);
    }

    @Test
    void rejectedTokenIsRefreshedOnce() {
        AccessToken first = tokens.accessTokenFor(USER);
        AccessToken replaced = tokens.replaceRejected(USER, first);
        assertThat(replaced).isNotEqualTo(first);
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
        assertThat(tokens.accessTokenFor(USER)).isEqualTo(replaced);
    }

    @Test
    void rejectedTokenAlreadyRotatedByAnotherInstanceIsReplacedWithoutARefresh() {
        AccessToken cached = tokens.accessTokenFor(USER);
        store.overwrite(store.find(USER).orElseThrow().refreshed(Fixtures.tokens("other", T0, Duration.ofHours(1)), T0));
        assertThat(tokens.replaceRejected(USER, cached).value()).isEqualTo("access-other");
        assertThat(zoom.refreshCalls.get()).isZero();
    }

    @Test
    void waitsForAnotherHolderOfTheLeaseAndUsesItsResult() {
        clock.set(EXPIRY);
        store.holdLease(USER, "instance-b/1", EXPIRY.plusSeconds(30));
        Grant rotatedByB = store.find(USER).orElseThrow()
                .refreshed(Fixtures.tokens("by-b", EXPIRY, Duration.ofHours(1)), EXPIRY);
        AccessTokenService waiting = manager(d -> store.overwrite(rotatedByB));
        assertThat(waiting.accessTokenFor(USER).value()).isEqualTo("access-by-b");
        assertThat(zoom.refreshCalls.get()).isZero();
    }

    @Test
    void anExpiredLeaseOfACrashedInstanceIsTakenOver() {
        clock.set(EXPIRY);
        store.holdLease(USER, "crashed/1", EXPIRY.minusSeconds(1));
        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-gen1");
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
    }

    @Test
    void givesUpWaitingForAStuckHolderWithUnavailable() {
        clock.set(EXPIRY);
        store.holdLease(USER, "stuck/1", EXPIRY.plusSeconds(3600));
        AccessTokenService waiting = manager(d -> { });
        assertThatThrownBy(() -> waiting.accessTokenFor(USER)).isInstanceOf(ZoomUnavailable.class);
        assertThat(zoom.refreshCalls.get()).isZero();
    }

    @Test
    void unknownUserIsNotConnected() {
        assertThatThrownBy(() -> tokens.accessTokenFor(new ZoomUserId("nobody")))
                .isInstanceOf(NotConnected.class);
    }

    @Test
    void keepAliveRefreshesOnlyADueGrant() {
        assertThat(tokens.keepAlive(USER).version()).isEqualTo(1);
        clock.set(T0.plus(Duration.ofDays(30)).plusSeconds(1));
        Grant kept = tokens.keepAlive(USER);
        assertThat(kept.version()).isEqualTo(2);
        assertThat(kept.tokens().refreshTokenIssuedAt()).isEqualTo(clock.instant());
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
    }

    @Test
    void forgetDropsTheCachedToken() {
        tokens.accessTokenFor(USER);
        store.deleteUser(USER, T0, "test", new GrantEvents(clock, RandomSource.secure()).deleted(store.find(USER).orElseThrow(),
                GrantEvents.DISCONNECTED));
        tokens.forget(USER);
        assertThatThrownBy(() -> tokens.accessTokenFor(USER)).isInstanceOf(NotConnected.class);
    }

    private static <T> List<T> runConcurrently(int callers, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(20, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
