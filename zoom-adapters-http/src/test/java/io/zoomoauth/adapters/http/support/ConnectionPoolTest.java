package io.zoomoauth.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.http.AdapterTestContext;
import io.zoomoauth.adapters.http.AdapterTestContext.ConnectedUser;
import io.zoomoauth.domain.error.ZoomBusy;
import io.zoomoauth.domain.proxy.ProxyMethod;
import io.zoomoauth.domain.proxy.ProxyRequest;
import io.zoomoauth.domain.proxy.ProxyResponse;
import io.zoomoauth.domain.proxy.ZoomApiPath;
import io.zoomoauth.domain.proxy.ZoomProxyPort;
import io.zoomoauth.domain.users.ZoomUser;
import io.zoomoauth.domain.users.ZoomUsersPort;
import io.zoomoauth.fake.Fault;
import io.zoomoauth.fake.FakeZoom;
import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A burst of callers shares a bounded number of connections to Zoom instead of opening one each; a call that finds
 * no free connection within the bounded wait is refused (ZoomBusy) without being sent or retried.
 */
class ConnectionPoolTest {

    private static final ZoomAccountId ACCOUNT = new ZoomAccountId(FakeZoom.DEFAULT_ACCOUNT_ID);

    private static int mostConcurrentRequestsAtZoom(Map<String, Object> settings) {
        try (AdapterTestContext zoom = new AdapterTestContext(settings)) {
            zoom.fake.setTokenEndpointDelay(Duration.ofMillis(300));
            ZoomOAuthPort oauth = zoom.bean(ZoomOAuthPort.class);
            ExecutorService callers = Executors.newFixedThreadPool(8);
            try {
                List<CompletableFuture<AccountGrant>> calls = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    calls.add(CompletableFuture.supplyAsync(() -> oauth.fetchAccountToken(ACCOUNT), callers));
                }
                calls.forEach(call -> assertThat(call.join().accessToken()).isNotNull());
            } finally {
                callers.shutdownNow();
            }
            return zoom.fake.maxConcurrentRequests();
        }
    }

    @Test
    void aBurstQueuesForTheConfiguredNumberOfConnections() {
        assertThat(mostConcurrentRequestsAtZoom(Map.of("zoom.http.max-connections", 2, "zoom.http.read-timeout", "10s",
                "zoom.http.pool-wait", "9s")))
                .isBetween(1, 2);
    }

    @Test
    void withRoomInThePoolTheBurstRunsInParallel() {
        assertThat(mostConcurrentRequestsAtZoom(Map.of("zoom.http.read-timeout", "10s"))).isGreaterThan(2);
    }

    /** One connection, a short wait; the read timeout is long so only the pool can refuse. */
    private static AdapterTestContext onePooledConnection(String poolWait, int maxWaiting) {
        return new AdapterTestContext(Map.of("zoom.http.max-connections", 1, "zoom.http.pool-wait", poolWait,
                "zoom.http.max-waiting", maxWaiting, "zoom.http.read-timeout", "10s"));
    }

    /** Starts a /users/me that Zoom answers late, and returns once it holds the only connection. */
    private static CompletableFuture<ZoomUser> slowCallHoldingTheConnection(AdapterTestContext zoom, ConnectedUser user,
                                                                           Duration answerAfter) {
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.delay(answerAfter));
        CompletableFuture<ZoomUser> slow = CompletableFuture.supplyAsync(() -> zoom.bean(ZoomUsersPort.class).me(user.token()));
        ZoomConnectionMeter meter = zoom.bean(ZoomConnectionMeter.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (meter.inUse() < 1 && System.nanoTime() < deadline && !slow.isDone()) {
            Thread.onSpinWait();
        }
        assertThat(meter.inUse()).as("connections in use while the slow call waits for Zoom").isEqualTo(1);
        return slow;
    }

    @Test
    void aCallFindingNoFreeConnectionWithinThePoolWait_isZoomBusy_neverSentNorRetried() {
        try (AdapterTestContext zoom = onePooledConnection("200ms", 10)) {
            ConnectedUser user = zoom.freshConnectedUser("busy", "Bu", "Sy");
            CompletableFuture<ZoomUser> slow = slowCallHoldingTheConnection(zoom, user, Duration.ofSeconds(2));

            assertThatThrownBy(() -> zoom.bean(ZoomUsersPort.class).me(user.token()))
                    .isInstanceOf(ZoomBusy.class).hasMessageContaining("GET /users/me");

            assertThat(slow.join().id().value()).isEqualTo(user.userId());
            assertThat(zoom.fake.apiCallCount("GET /v2/users/me")).as("only the slow call reached Zoom").isEqualTo(1);
            assertThat(zoom.bean(ZoomConnectionMeter.class).inUse()).isZero();
        }
    }

    @Test
    void aCallBeyondMaxWaiting_isZoomBusyAtOnce_whileTheOneWaitingGetsTheConnection() {
        try (AdapterTestContext zoom = onePooledConnection("8s", 1)) {
            ConnectedUser user = zoom.freshConnectedUser("queue", "Qu", "Eue");
            ZoomUsersPort users = zoom.bean(ZoomUsersPort.class);
            CompletableFuture<ZoomUser> slow = slowCallHoldingTheConnection(zoom, user, Duration.ofSeconds(3));

            List<CompletableFuture<ZoomUser>> two = List.of(CompletableFuture.supplyAsync(() -> users.me(user.token())),
                    CompletableFuture.supplyAsync(() -> users.me(user.token())));

            // Whichever comes second finds the one place on the wait list taken.
            long refused = two.stream().filter(call -> {
                try {
                    return !call.join().id().value().equals(user.userId());
                } catch (java.util.concurrent.CompletionException e) {
                    assertThat(e.getCause()).isInstanceOf(ZoomBusy.class);
                    return true;
                }
            }).count();
            assertThat(refused).isEqualTo(1);
            assertThat(slow.join().id().value()).isEqualTo(user.userId());
            assertThat(zoom.fake.apiCallCount("GET /v2/users/me")).isEqualTo(2);
        }
    }

    @Test
    void aProxiedCallFindingNoFreeConnection_isZoomBusy_neverSentNorRetried() {
        try (AdapterTestContext zoom = onePooledConnection("200ms", 10)) {
            ConnectedUser user = zoom.freshConnectedUser("proxybusy", "Pr", "Oxy");
            CompletableFuture<ZoomUser> slow = slowCallHoldingTheConnection(zoom, user, Duration.ofSeconds(2));
            ProxyRequest get = new ProxyRequest(ProxyMethod.GET, ZoomApiPath.parse("users/me"), "", Optional.empty(),
                    Optional.empty(), new byte[0]);

            // The proxy has a client (and pool) of its own: it must be held as well for the refusal.
            zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.delay(Duration.ofSeconds(2)));
            CompletableFuture<Integer> slowProxied = CompletableFuture.supplyAsync(() -> {
                try (ProxyResponse answer = zoom.bean(ZoomProxyPort.class).send(user.token(), get)) {
                    answer.readBody(1 << 20);
                    return answer.status();
                }
            });
            ZoomConnectionMeter meter = zoom.bean(ZoomConnectionMeter.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (meter.inUse() < 2 && System.nanoTime() < deadline && !slowProxied.isDone()) {
                Thread.onSpinWait();
            }

            assertThatThrownBy(() -> zoom.bean(ZoomProxyPort.class).send(user.token(), get).close())
                    .isInstanceOf(ZoomBusy.class).hasMessageContaining("proxy GET /users/{userId}");

            assertThat(slowProxied.join()).isEqualTo(200);
            slow.join();
            assertThat(zoom.fake.apiCallCount("GET /v2/users/me")).isEqualTo(2);
        }
    }
}
