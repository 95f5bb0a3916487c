package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Operator data (database, versions, disk, metrics) only with a management key or on the management port. */
class ManagementAccessTest {

    @Test
    void anonymousCallersGetABareHealthStatusNoMetricsAndAHomePageWithOnlyConnect() {
        try (ZoomWorld world = new ZoomWorld();
             ServiceInstance service = world.start(ZoomWorld.h2("mgmt-" + UUID.randomUUID()))) {
            HttpResponse<String> health = service.get("/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("jdbc").doesNotContain("details")
                    .doesNotContain("diskSpace").doesNotContain("version");
            HttpResponse<String> operator = service.management("/health");
            assertThat(operator.body()).contains("jdbc").contains("details");

            HttpResponse<String> metrics = service.get("/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(401);
            assertThat(metrics.body()).contains("\"error\":\"unauthorized\"").doesNotContain("jvm_");
            HttpResponse<String> withApiKey = service.send(HttpRequest.newBuilder(service.url("/prometheus"))
                    .header("Authorization", "Bearer " + ServiceInstance.API_KEY).GET());
            assertThat(withApiKey.statusCode()).as("an API key is not a management key").isEqualTo(401);
            assertThat(service.management("/prometheus").statusCode()).isEqualTo(200);

            HttpResponse<String> home = service.getUri(service.url("/"), "*/*");
            assertThat(home.body()).contains("href=\"/oauth/authorize\"").doesNotContain("ZOOM_")
                    .doesNotContain("configured").doesNotContain("/health").doesNotContain("Server-to-Server");
        }
    }

    @Test
    void theSeparateManagementPortServesDetailsAndMetricsWithoutAKey() {
        int managementPort = ServiceInstance.freePort();
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = world.settings(ZoomWorld.h2("mgmt-port-" + UUID.randomUUID()));
            settings.put("endpoints.all.port", managementPort);
            try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                URI health = URI.create("http://127.0.0.1:" + managementPort + "/health");
                assertThat(service.getUri(health, "*/*").body()).contains("jdbc");
                HttpResponse<String> metrics = service.getUri(URI.create("http://127.0.0.1:" + managementPort
                        + "/prometheus"), "*/*");
                assertThat(metrics.statusCode()).isEqualTo(200);
                assertThat(metrics.body()).contains("jvm_memory_used_bytes");
                assertThat(service.get("/prometheus").statusCode()).as("not on the public port").isNotEqualTo(200);
                assertThat(service.get("/health").body()).doesNotContain("jdbc");
            }
        }
    }
}
