package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OperationsTest {

    @Test
    void withoutZoomCredentialsTheServiceStartsAndSaysWhatToSet() {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = new HashMap<>(ZoomWorld.h2("bare-" + UUID.randomUUID()));
            settings.put("zoom.vault.encryption-key", ZoomWorld.ENCRYPTION_KEY);
            try (ServiceInstance service = ServiceInstance.start(ServiceInstance.freePort(), settings)) {
                HttpResponse<String> authorize = service.get("/oauth/authorize");
                assertThat(authorize.statusCode()).isEqualTo(503);
                assertThat(authorize.body()).contains("ZOOM_CLIENT_ID").contains("ZOOM_CLIENT_SECRET");
                assertThat(service.get("/oauth/callback?code=a&state=b").statusCode()).isEqualTo(503);
                HttpResponse<String> home = service.get("/");
                assertThat(home.statusCode()).isEqualTo(200);
                assertThat(home.body()).contains("Connect your Zoom account").doesNotContain("ZOOM_");
                assertThat(service.get("/health").body()).contains("UP");
            }
        }
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        try (ZoomWorld world = new ZoomWorld();
             ServiceInstance service = world.start(ZoomWorld.h2("ops-" + UUID.randomUUID()))) {
            String userId = world.connectedUser(service, "ops@example.com");
            service.api("GET", "/api/users/" + userId + "/meetings", null);

            HttpResponse<String> home = service.get("/");
            assertThat(home.body()).contains("Connect your Zoom account").contains("href=\"/oauth/authorize\"");

            HttpResponse<String> health = service.management("/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("jdbc");

            HttpResponse<String> metrics = service.management("/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_memory_used_bytes")
                    .contains("zoom_api_calls_seconds_count{endpoint=\"GET /users/{userId}/meetings\",status=\"200\"}")
                    .contains("zoom_api_calls_seconds_count{endpoint=\"POST /oauth/token\",status=\"200\"}")
                    .contains("zoom_grants{status=\"active\"} 1.0")
                    .contains("zoom_grants{status=\"reauthorization_required\"} 0.0");
            world.clock.advance(java.time.Duration.ofHours(1));
            service.api("GET", "/api/users/" + userId + "/meetings", null);
            assertThat(service.management("/prometheus").body()).contains("zoom_token_refresh_total{outcome=\"success\"} 1")
                    .contains("zoom_token_refresh_latency_seconds");

            HttpResponse<String> openApi = service.get("/swagger/zoom-oauth-service-0.1.yml");
            assertThat(openApi.statusCode()).isEqualTo(200);
            assertThat(openApi.body()).contains("/api/users/{userId}/meetings").contains("/oauth/authorize");
            assertThat(service.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        }
    }
}
