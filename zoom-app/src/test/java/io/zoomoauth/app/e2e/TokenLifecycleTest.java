package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.fake.Fault;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token manager end to end: rotation respected, one refresh per expiry, outages and dead grants. */
class TokenLifecycleTest {

    private ZoomWorld world;
    private ServiceInstance service;
    private String userId;

    @BeforeEach
    void start() {
        world = new ZoomWorld();
        service = world.start(ZoomWorld.h2("tokens-" + UUID.randomUUID()));
        userId = world.connectedUser(service, "tok@example.com");
    }

    @AfterEach
    void stop() {
        service.close();
        world.close();
    }

    private HttpResponse<String> listMeetings() {
        return service.api("GET", "/api/users/" + userId + "/meetings", null);
    }

    @Test
    void refreshesProactivelyInsideTheSkewAndRespectsRotation() {
        assertThat(listMeetings().statusCode()).isEqualTo(200);
        assertThat(world.zoom.tokenCalls("refresh_token")).isZero();
        world.clock.advance(Duration.ofMinutes(55));
        assertThat(listMeetings().statusCode()).isEqualTo(200);
        assertThat(world.zoom.tokenCalls("refresh_token")).isEqualTo(1);
        world.clock.advance(Duration.ofMinutes(55));
        assertThat(listMeetings().statusCode()).isEqualTo(200);
        assertThat(world.zoom.tokenCalls("refresh_token")).isEqualTo(2);
        assertThat(world.zoom.refreshTokenReuseCount()).isZero();
        assertThat(service.api("GET", "/api/connections/" + userId, null).body()).contains("\"lastRefreshedAt\":\"");
    }

    @Test
    void a124RefreshesOnceAndRetriesOnce() {
        assertThat(listMeetings().statusCode()).isEqualTo(200);
        world.zoom.expireAccessTokens(userId);
        long before = world.zoom.apiCallCount("GET /v2/users/{userId}/meetings");
        assertThat(listMeetings().statusCode()).isEqualTo(200);
        assertThat(world.zoom.tokenCalls("refresh_token")).isEqualTo(1);
        assertThat(world.zoom.apiCallCount("GET /v2/users/{userId}/meetings")).isEqualTo(before + 2);
        assertThat(world.zoom.refreshTokenReuseCount()).isZero();
    }

    @Test
    void fiftyConcurrentMeetingCreationsAtExpiryShareExactlyOneRefresh() throws Exception {
        world.clock.advance(Duration.ofHours(1));
        world.zoom.setTokenEndpointDelay(Duration.ofMillis(300));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return service.api("POST", "/api/users/" + userId + "/meetings", "{\"topic\":\"m" + n + "\"}");
                }));
            }
            go.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(world.zoom.tokenCalls("refresh_token")).isEqualTo(1);
        assertThat(world.zoom.refreshTokenReuseCount()).isZero();
        assertThat(world.zoom.apiCallCount("POST /v2/users/{userId}/meetings")).isEqualTo(50);
    }

    @Test
    void aRefreshTokenZoomRefusesRequiresReauthorization() {
        world.zoom.revokeGrant(userId);
        world.clock.advance(Duration.ofHours(1));
        HttpResponse<String> answer = listMeetings();
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("\"error\":\"reauthorization_required\"").contains("\"authorizeUrl\":\"http");
        assertThat(service.api("GET", "/api/connections/" + userId, null).body())
                .contains("\"status\":\"REAUTHORIZATION_REQUIRED\"");
        assertThat(world.connect(service, userId, "application/json").statusCode()).as("connecting again heals it")
                .isEqualTo(200);
        assertThat(listMeetings().statusCode()).isEqualTo(200);
    }

    @Test
    void zoomDownAtRefreshKeepsTheOldTokensAnswers503AndRecoversLater() {
        world.clock.advance(Duration.ofHours(1));
        world.zoom.failNext("POST", "/oauth/token", 1, Fault.status(503));
        HttpResponse<String> answer = listMeetings();
        assertThat(answer.statusCode()).isIn(502, 503);
        assertThat(answer.body()).contains("zoom_unavailable");
        world.clock.advance(Duration.ofSeconds(2));
        assertThat(listMeetings().statusCode()).isEqualTo(200);
        assertThat(world.zoom.refreshTokenReuseCount()).isZero();
    }

    @Test
    void aStillValidTokenIsServedWhileZoomCannotRefreshIt() {
        world.clock.advance(Duration.ofMinutes(56));
        world.zoom.failNext("POST", "/oauth/token", 1, Fault.drop());
        assertThat(listMeetings().statusCode()).isEqualTo(200);
    }
}
