package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.adapters.persistence.testing.TcpRelay;
import io.zoomoauth.adapters.persistence.testing.TestDatabases;
import io.zoomoauth.domain.access.AccessTokenService;
import io.zoomoauth.fake.LateAnswer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service on a real MariaDB that the test cuts off behind a TCP relay: frozen (like {@code SIGSTOP}: connections
 * hang) or killed (connections drop, new ones are refused). Prints the measured figures (docs/operations.md).
 */
class DatabaseOutageTest {

    /** Storage failures answer within the pool/driver timeouts (2 s, 3 s) plus scheduling slack on a busy machine. */
    private static final Duration FAST = Duration.ofMillis(4500);
    /** How long the in-flight rotation's database stays frozen. */
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("zoom.test.outage-seconds", 30));

    private JdbcDatabase database;
    private TcpRelay relay;
    private ZoomWorld world;
    private ServiceInstance service;
    private String userId;

    @BeforeEach
    void start() {
        database = TestDatabases.mariaDb().createDatabase("outage");
        relay = TcpRelay.before(database);
        world = new ZoomWorld();
        service = world.start(new HashMap<>(relay.inFrontOf(database).datasourceProperties()));
        userId = world.connectedUser(service, "outage@example.com");
        assertThat(listMeetings().statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        relay.resume();
        service.close();
        world.close();
        relay.close();
        TestDatabases.mariaDb().dropDatabase(database);
    }

    @Test
    void everyKindOfStorageFailureAnswers503StorageUnavailableQuicklyAndCachedTokensKeepWorking() {
        relay.freeze();
        assertStorageUnavailableFast("frozen");
        assertThat(listMeetings().statusCode()).as("a cached token needs no database").isEqualTo(200);

        relay.kill();
        assertStorageUnavailableFast("killed");
        assertThat(listMeetings().statusCode()).isEqualTo(200);

        relay.resume();
        long start = System.nanoTime();
        while (connections().statusCode() != 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }
        System.out.printf("FIGURE recovery: first 200 from the database %d ms after it returned%n", millisSince(start));
        assertThat(service.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void healthIsBoundedAnd503WhileTheDatabaseIsFrozen() {
        relay.freeze();
        long start = System.nanoTime();
        HttpResponse<String> health = service.management("/health");
        long took = millisSince(start);
        System.out.printf("FIGURE /health with the database frozen: %d in %d ms%n", health.statusCode(), took);

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"jdbc\"").contains("DOWN").contains("\"pendingRotations\"");
        assertThat(Duration.ofMillis(took)).isLessThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aProcessStoppedDuringTheOutageTakesThePendingPairUpFromItsJournalWhenItStartsAgain() throws Exception {
        rotateWhileTheDatabaseFreezes();
        service.close(); // the last attempt at shutdown fails too: the pair is only in the local journal now

        relay.resume();
        service = world.start(new HashMap<>(relay.inFrontOf(database).datasourceProperties()));
        AccessTokenService tokens = service.context().getBean(AccessTokenService.class);
        awaitTrue(() -> tokens.pendingRotations() == 0);

        assertTheNewRefreshTokenWasStored();
    }

    @Test
    void aRotationWhoseStoreFailsLongerThanTheRetryBudgetKeepsServingTheNewTokenAndLandsWhenTheDatabaseReturns()
            throws Exception {
        long outageStart = rotateWhileTheDatabaseFreezes();
        AccessTokenService tokens = service.context().getBean(AccessTokenService.class);
        assertThat(service.management("/prometheus").body()).contains("zoom_token_pending_rotations 1.0");
        assertThat(service.management("/health").body()).contains("\"pendingRotations\"").contains("\"count\":1");

        while (Duration.ofNanos(System.nanoTime() - outageStart).compareTo(OUTAGE) < 0) {
            world.clock.advance(Duration.ofSeconds(20)); // also runs the pending write's backoff
            assertThat(listMeetings().statusCode()).isEqualTo(200);
            Thread.sleep(1000);
        }
        assertThat(world.zoom.tokenCalls("refresh_token")).as("never refreshed while pending").isEqualTo(1);
        assertThat(tokens.pendingRotations()).isEqualTo(1);

        relay.resume();
        long outage = millisSince(outageStart);
        long resumed = System.nanoTime();
        awaitTrue(() -> {
            world.clock.advance(Duration.ofMillis(500));
            return tokens.pendingRotations() == 0;
        });
        System.out.printf("FIGURE in-flight rotation survived a %d ms database outage; stored %d ms after it ended%n",
                outage, millisSince(resumed));

        assertTheNewRefreshTokenWasStored();
    }

    /** A refresh reaches Zoom, which rotates; the database freezes before the answer arrives. Returns when it froze. */
    private long rotateWhileTheDatabaseFreezes() throws Exception {
        world.clock.advance(Duration.ofHours(1));
        LateAnswer late = world.zoom.answerNextRefreshLate();
        CompletableFuture<HttpResponse<String>> call = CompletableFuture.supplyAsync(this::listMeetings);
        late.awaitRotated(Duration.ofSeconds(20));
        relay.freeze(); // Zoom has rotated; the only copy of the new refresh token is about to reach us
        long frozenAt = System.nanoTime();
        late.release();

        assertThat(call.get(60, TimeUnit.SECONDS).statusCode()).as("served with the new token").isEqualTo(200);
        assertThat(service.context().getBean(AccessTokenService.class).pendingRotations()).isEqualTo(1);
        return frozenAt;
    }

    /** The next refresh (an hour on) presents the stored refresh token, and Zoom honours it. */
    private void assertTheNewRefreshTokenWasStored() {
        world.clock.advance(Duration.ofHours(1));
        assertThat(listMeetings().statusCode()).as("the stored new refresh token works").isEqualTo(200);
        assertThat(world.zoom.tokenCalls("refresh_token")).isEqualTo(2);
        assertThat(world.zoom.refreshTokenReuseCount()).isZero();
        assertThat(connections().body()).contains("\"status\":\"ACTIVE\"");
    }

    private void assertStorageUnavailableFast(String how) {
        long start = System.nanoTime();
        HttpResponse<String> answer = connections();
        long took = millisSince(start);
        System.out.printf("FIGURE database %s: %d storage_unavailable in %d ms%n", how, answer.statusCode(), took);
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("\"error\":\"storage_unavailable\"")
                .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("jdbc")
                .doesNotContainIgnoringCase("communications").doesNotContainIgnoringCase("connection");
        assertThat(Duration.ofMillis(took)).isLessThan(FAST);
    }

    private HttpResponse<String> listMeetings() {
        return service.api("GET", "/api/users/" + userId + "/meetings", null);
    }

    private HttpResponse<String> connections() {
        return service.api("GET", "/api/connections", null);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void awaitTrue(Supplier<Boolean> condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.get()) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            Thread.sleep(100);
        }
    }
}
