package io.zoomoauth.domain.access;

import static io.zoomoauth.domain.testing.Fixtures.T0;
import static io.zoomoauth.domain.testing.Fixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.testing.Fixtures;
import io.zoomoauth.domain.testing.InMemoryJournal;
import io.zoomoauth.domain.testing.InMemoryGrantStore;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.domain.testing.RotatingOAuth;
import io.zoomoauth.domain.token.TokenPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The version-fenced write of rotated tokens, and rotated pairs outliving a store outage. */
class RotatedTokensAreNeverLostTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Instant EXPIRY = T0.plus(Duration.ofHours(1));

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryGrantStore store = new InMemoryGrantStore();
    private final List<String> events = new ArrayList<>();
    private final InMemoryJournal journal = new InMemoryJournal();
    private RotatingOAuth zoom;
    private AccessTokenService tokens;

    @BeforeEach
    void setUp() {
        Grant grant = store.saveConnected(Fixtures.grant(USER, "one", T0, Duration.ofHours(1)));
        zoom = new RotatingOAuth(clock, grant.tokens().refreshToken().value());
        tokens = process();
        clock.set(EXPIRY);
    }

    /** A token manager as one process has it; a second call is the process after a restart. */
    private AccessTokenService process() {
        RefreshSettings settings = new RefreshSettings(LEASE, Duration.ofMillis(10), Duration.ofSeconds(5),
                Duration.ofSeconds(60), "instance-a");
        return new AccessTokenService(store, zoom, TokenPolicy.defaults(), settings, clock, RandomSource.secure(),
                d -> { }, new TokenEvents() {
                    @Override
                    public void fenceLost(ZoomUserId userId) {
                        events.add("fence_lost");
                    }

                    @Override
                    public void rotationPending(ZoomUserId userId, RuntimeException failure) {
                        events.add("pending");
                    }

                    @Override
                    public void rotationLanded(ZoomUserId userId, Duration pendingFor) {
                        events.add("landed after " + pendingFor.toMillis() + " ms");
                    }
                }, journal);
    }

    @Test
    void givenTheLeaseExpiredDuringALateZoomAnswerAndNobodyStoredNewer_theRotatedTokensAreKept() {
        zoom.whileAnswering(() -> {
            clock.advance(LEASE.plusSeconds(1));
            assertThat(store.tryAcquireRefreshLease(USER, "instance-b/1", clock.instant(), LEASE)).isPresent();
        });

        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-gen1");

        Grant stored = store.find(USER).orElseThrow();
        assertThat(stored.tokens().refreshToken().value()).isEqualTo(zoom.liveRefreshToken());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(events).doesNotContain("fence_lost");
        assertThat(store.tryAcquireRefreshLease(USER, "instance-c/1", clock.instant(), LEASE))
                .as("the lease B took over stays B's; its own write would now fail on the version").isEmpty();
    }

    @Test
    void givenANewerVersionWithOtherTokensWasStoredMeanwhile_oursAreDiscardedAndTheirsUsed() {
        Grant reconnected = store.find(USER).orElseThrow()
                .refreshed(Fixtures.tokens("reconnected", EXPIRY, Duration.ofHours(1)), EXPIRY);
        zoom.whileAnswering(() -> store.overwrite(reconnected));

        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-reconnected");

        assertThat(store.find(USER)).contains(reconnected);
        assertThat(events).contains("fence_lost");
    }

    @Test
    void givenAnotherCallerMarkedTheGrantDeadFromTheTokenWeRotated_ourLateAnswerRevivesIt() {
        // The race: B took over the expired lease, presented the token Zoom had just rotated for us,
        // was refused, and marked the grant for re-authorization before our answer arrived.
        zoom.whileAnswering(() -> store.overwrite(store.find(USER).orElseThrow()
                .requireReauthorization("Zoom refused the refresh token (invalid_grant)")));

        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-gen1");

        Grant stored = store.find(USER).orElseThrow();
        assertThat(stored.status()).isEqualTo(GrantStatus.ACTIVE);
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.tokens().refreshToken().value()).isEqualTo(zoom.liveRefreshToken());
    }

    @Test
    void givenTheStoreFailsLongerThanTheRetryBudget_theNewTokenIsServedAndLandsWhenTheStoreReturns() {
        store.setWritesDown(true);

        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-gen1");
        assertThat(tokens.pendingRotations()).isEqualTo(1);
        assertThat(events).containsExactly("pending");

        clock.advance(Duration.ofMinutes(56)); // inside the skew of the new token: still never refreshed again
        assertThat(tokens.accessTokenFor(USER).value()).isEqualTo("access-gen1");
        assertThat(tokens.keepAlive(USER).tokens().accessToken().value()).isEqualTo("access-gen1");
        assertThat(tokens.landPendingRotations(false)).isEqualTo(1);
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
        assertThat(store.find(USER).orElseThrow().tokens().refreshToken().value()).isEqualTo("refresh-one");

        store.setWritesDown(false);
        clock.advance(RotatedPairs.MAX_RETRY);
        assertThat(tokens.landPendingRotations(false)).isZero();

        Grant stored = store.find(USER).orElseThrow();
        assertThat(stored.tokens().refreshToken().value()).isEqualTo(zoom.liveRefreshToken());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(events).last().isEqualTo("landed after 3365000 ms");
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.accessTokenFor(USER).value()).as("refreshed again once stored").isEqualTo("access-gen2");
    }

    @Test
    void backgroundRetriesBackOffFromHalfASecondToFiveSeconds() {
        store.setWritesDown(true);
        tokens.accessTokenFor(USER);
        List<Long> attemptsAt = new ArrayList<>();
        for (int tick = 0; tick < 300; tick++) { // 30 s in steps of 100 ms
            clock.advance(Duration.ofMillis(100));
            long before = store.failedWrites.get();
            tokens.landPendingRotations(false);
            if (store.failedWrites.get() > before) {
                attemptsAt.add(tick * 100L + 100);
            }
        }
        assertThat(attemptsAt).startsWith(500L, 1500L, 3500L, 7500L, 12500L, 17500L);
    }

    @Test
    void givenThePendingTokenExpiredBeforeTheStoreReturned_callersGetTheStoreFailure() {
        store.setWritesDown(true);
        tokens.accessTokenFor(USER);
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> tokens.accessTokenFor(USER)).hasMessageContaining("storage unavailable");
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
        assertThat(tokens.usersWithPendingRotations()).containsExactly(USER);
    }

    @Test
    void givenTheGrantWasDeletedBeforeThePendingPairLanded_itIsDropped() {
        store.setWritesDown(true);
        tokens.accessTokenFor(USER);
        store.setWritesDown(false);
        store.deleteUser(USER, clock.instant(), "app_deauthorized");

        assertThat(tokens.landPendingRotations(true)).isZero();
        assertThat(store.find(USER)).isEmpty();
        assertThat(events).contains("fence_lost");
    }

    @Test
    void givenTheProcessStoppedWithAPendingPair_theNextProcessTakesItUpFromTheJournalAndStoresIt() {
        store.setWritesDown(true);
        tokens.accessTokenFor(USER);
        assertThat(journal.entries()).hasSize(1);

        AccessTokenService restarted = process(); // the first process is gone, with its memory
        assertThat(restarted.resumeJournaledRotations()).as("still down").isEqualTo(1);
        assertThat(restarted.pendingRotations()).isEqualTo(1);
        assertThat(restarted.accessTokenFor(USER).value()).as("served from the journal").isEqualTo("access-gen1");

        store.setWritesDown(false);
        clock.advance(RotatedPairs.MAX_RETRY);
        assertThat(restarted.landPendingRotations(false)).isZero();
        assertThat(store.find(USER).orElseThrow().tokens().refreshToken().value()).isEqualTo(zoom.liveRefreshToken());
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void aJournaledPairThatLostToNewerTokensMeanwhileIsDroppedAtStart() {
        store.setWritesDown(true);
        tokens.accessTokenFor(USER);
        store.setWritesDown(false);
        Grant reconnected = store.saveConnected(Fixtures.grant(USER, "reconnected", EXPIRY, Duration.ofHours(1)));

        AccessTokenService restarted = process();
        assertThat(restarted.resumeJournaledRotations()).isEqualTo(1);

        assertThat(restarted.pendingRotations()).isZero();
        assertThat(store.find(USER)).contains(reconnected);
        assertThat(journal.entries()).isEmpty();
    }
}
