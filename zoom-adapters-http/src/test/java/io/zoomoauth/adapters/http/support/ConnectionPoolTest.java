package io.zoomoauth.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.http.AdapterTestContext;
import io.zoomoauth.fake.FakeZoom;
import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** A burst of callers shares a bounded number of connections to Zoom instead of opening one each. */
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
        assertThat(mostConcurrentRequestsAtZoom(Map.of("zoom.http.max-connections", 2, "zoom.http.read-timeout", "10s")))
                .isBetween(1, 2);
    }

    @Test
    void withRoomInThePoolTheBurstRunsInParallel() {
        assertThat(mostConcurrentRequestsAtZoom(Map.of("zoom.http.read-timeout", "10s"))).isGreaterThan(2);
    }
}
