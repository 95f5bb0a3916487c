package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.adapters.persistence.testing.TestDatabases;
import io.zoomoauth.fake.LateAnswer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rotated-token write race, deterministically: two instances on one real MariaDB, the clock the test moves,
 * and a fake Zoom that rotates at once but answers only when the test lets it. The lease of instance A expires
 * while Zoom is still answering it (the start-up check keeps real timeouts from allowing that; the moved clock
 * forces it); its write is fenced on the grant version, not on still holding the lease.
 */
class VersionFencedRotationTest {

    private static final Duration PAST_THE_LEASE = Duration.ofSeconds(31); // zoom.lease-ttl is 30 s

    private JdbcDatabase database;
    private ZoomWorld world;
    private ServiceInstance a;
    private ServiceInstance b;
    private String userId;

    @BeforeEach
    void start() {
        database = TestDatabases.mariaDb().createDatabase("fence");
        Map<String, Object> db = new HashMap<>(database.datasourceProperties());
        world = new ZoomWorld();
        a = world.start(db);
        b = ServiceInstance.start(ServiceInstance.freePort(), world.settings(db));
        userId = world.connectedUser(a, "fence@example.com");
        world.clock.advance(Duration.ofHours(1)); // the access token has expired: the next call refreshes
    }

    @AfterEach
    void stop() {
        b.close();
        a.close();
        world.close();
        TestDatabases.mariaDb().dropDatabase(database);
    }

    @Test
    void givenTheLeaseExpiredWhileZoomAnsweredLateAndNobodyStoredNewer_theRotatedTokensAreKept() throws Exception {
        LateAnswer late = world.zoom.answerNextRefreshLate();
        CompletableFuture<HttpResponse<String>> call = callOnAWhoseLeaseExpiresBeforeZoomAnswers(late);
        late.release();

        assertThat(call.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertStillConnectedWithTheLiveRefreshToken();
        assertThat(world.zoom.refreshTokenReuseCount()).isZero();
    }

    @Test
    void givenAnotherInstanceMarkedTheGrantDeadFromTheTokenZoomWasRotating_theLateAnswerStillLandsAndTheGrantLives()
            throws Exception {
        LateAnswer late = world.zoom.answerNextRefreshLate();
        CompletableFuture<HttpResponse<String>> call = callOnAWhoseLeaseExpiresBeforeZoomAnswers(late);

        // B takes over A's expired lease and presents the refresh token Zoom has just rotated: refused.
        HttpResponse<String> refused = listMeetings(b);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(world.zoom.refreshTokenReuseCount()).isEqualTo(1);

        late.release();
        assertThat(call.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertStillConnectedWithTheLiveRefreshToken();
        assertThat(listMeetings(b).statusCode()).as("B reads the revived grant").isEqualTo(200);
    }

    @Test
    void givenANewerVersionWithOtherTokensWasStoredMeanwhile_theLateTokensAreDiscardedAndTheNewerOnesUsed()
            throws Exception {
        LateAnswer late = world.zoom.answerNextRefreshLate();
        CompletableFuture<HttpResponse<String>> call = callOnAWhoseLeaseExpiresBeforeZoomAnswers(late);
        assertThat(world.connect(b, userId, "application/json").statusCode()).as("the user connects again")
                .isEqualTo(200);

        late.release();
        assertThat(call.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

        assertThat(metrics(a)).contains("zoom_token_refresh_total{outcome=\"fence_lost\"} 1.0");
        assertStillConnectedWithTheLiveRefreshToken();
    }

    /** A's call reaches Zoom, which rotates; then A's lease expires while the answer is still held. */
    private CompletableFuture<HttpResponse<String>> callOnAWhoseLeaseExpiresBeforeZoomAnswers(LateAnswer late)
            throws InterruptedException {
        CompletableFuture<HttpResponse<String>> call = CompletableFuture.supplyAsync(() -> listMeetings(a));
        late.awaitRotated(Duration.ofSeconds(20));
        world.clock.advance(PAST_THE_LEASE);
        return call;
    }

    /** The stored refresh token is the one Zoom honours: the next refresh (an hour on) works without reuse. */
    private void assertStillConnectedWithTheLiveRefreshToken() {
        int reusedBefore = world.zoom.refreshTokenReuseCount();
        int refreshesBefore = world.zoom.tokenCalls("refresh_token");
        world.clock.advance(Duration.ofHours(1));
        assertThat(listMeetings(a).statusCode()).isEqualTo(200);
        assertThat(world.zoom.tokenCalls("refresh_token")).isEqualTo(refreshesBefore + 1);
        assertThat(world.zoom.refreshTokenReuseCount()).isEqualTo(reusedBefore);
        assertThat(a.api("GET", "/api/connections/" + userId, null).body()).contains("\"status\":\"ACTIVE\"");
    }

    private HttpResponse<String> listMeetings(ServiceInstance instance) {
        return instance.api("GET", "/api/users/" + userId + "/meetings", null);
    }

    private static String metrics(ServiceInstance instance) {
        return instance.management("/prometheus").body();
    }
}
