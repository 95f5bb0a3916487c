package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.http.support.ZoomConnectionMeter;
import io.zoomoauth.fake.Fault;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Every connection to Zoom is busy: a call that finds none within zoom.http.pool-wait gets a fast 503 zoom_busy with
 * Retry-After, is never sent nor retried, spends no Idempotency-Key, and counts as a refusal, not as a Zoom failure;
 * typed routes and the proxy alike.
 */
class ZoomBusyTest {

    @Test
    void withTheOnlyConnectionBusy_aSecondCallIs503ZoomBusy_notAZoomFailure() throws Exception {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = world.settings(ZoomWorld.h2("busy-" + UUID.randomUUID()));
            settings.put("zoom.http.max-connections", "1");
            settings.put("zoom.http.pool-wait", "200ms");
            try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                String userId = world.connectedUser(service, "pool@example.com");
                world.zoom.resetCounters();
                world.zoom.failNext("GET", "/v2/users/me", 1, Fault.delay(Duration.ofMillis(2500)));
                CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(
                        () -> service.api("GET", "/api/users/" + userId + "/profile", null));
                awaitConnectionsInUse(service, 1, slow);

                HttpResponse<String> refused = service.api("GET", "/api/users/" + userId + "/profile", null);
                String key = "order-" + UUID.randomUUID();
                HttpResponse<String> createRefused = create(service, userId, key);

                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(refused.body()).contains("\"error\":\"zoom_busy\"").contains("No free connection to Zoom");
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(createRefused.statusCode()).as(createRefused.body()).isEqualTo(503);
                assertThat(slow.join().statusCode()).isEqualTo(200);
                assertThat(world.zoom.apiCallCount("GET /v2/users/me")).as("the refused call never reached Zoom")
                        .isEqualTo(1);
                assertThat(world.zoom.apiCallCount("POST /v2/users/me/meetings")).isZero();
                HttpResponse<String> createdLater = create(service, userId, key);
                assertThat(createdLater.statusCode()).as("the key was not spent by a call never sent: "
                        + createdLater.body()).isEqualTo(201);

                // The proxy's pool, the same rule.
                world.zoom.failNext("GET", "/v2/users/me", 1, Fault.delay(Duration.ofMillis(2500)));
                CompletableFuture<HttpResponse<String>> slowProxied = CompletableFuture.supplyAsync(
                        () -> service.api("GET", "/api/users/" + userId + "/zoom/users/me", null));
                awaitConnectionsInUse(service, 1, slowProxied);
                HttpResponse<String> proxiedRefused = service.api("GET", "/api/users/" + userId + "/zoom/users/me", null);
                assertThat(proxiedRefused.statusCode()).as(proxiedRefused.body()).isEqualTo(503);
                assertThat(proxiedRefused.body()).contains("\"error\":\"zoom_busy\"");
                assertThat(proxiedRefused.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(slowProxied.join().statusCode()).isEqualTo(200);

                String metrics = service.management("/prometheus").body();
                assertThat(metrics).contains("zoom_http_pool_refused_total 3.0")
                        .contains("zoom_http_pool_wait_seconds_count")
                        .contains("zoom_http_connections_in_use 0.0")
                        .contains("zoom_api_calls_seconds_count{endpoint=\"GET /users/me\",status=\"200\"} 2") // connect + slow call
                        .contains("zoom_proxy_requests_seconds_count{method=\"GET\",route=\"/users/{userId}\",status=\"busy\"} 1")
                        .doesNotContain("status=\"no_answer\"")
                        .doesNotContain("executor_pool_max");
            }
        }
    }

    private static HttpResponse<String> create(ServiceInstance service, String userId, String key) {
        return service.send(HttpRequest.newBuilder(service.url("/api/users/" + userId + "/meetings"))
                .header("Authorization", "Bearer " + ServiceInstance.API_KEY)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"topic\":\"Busy\",\"type\":2}")));
    }

    private static void awaitConnectionsInUse(ServiceInstance service, int expected, CompletableFuture<?> holder) {
        ZoomConnectionMeter meter = service.context().getBean(ZoomConnectionMeter.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (meter.inUse() < expected && !holder.isDone() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(meter.inUse()).as("connections in use by the slow call").isEqualTo(expected);
    }
}
