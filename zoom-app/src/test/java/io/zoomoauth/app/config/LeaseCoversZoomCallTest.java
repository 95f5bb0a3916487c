package io.zoomoauth.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.app.e2e.ServiceInstance;
import io.zoomoauth.app.e2e.ZoomWorld;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeaseCoversZoomCallTest {

    @Test
    void aLeaseThatDoesNotOutlastConnectPlusReadTimeoutPlusTheMarginIsOneLineNamingBothSettings() {
        assertThat(LeaseCoversZoomCall.problem(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(8)))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .contains("zoom.lease-ttl (3s)").contains("zoom.http.connect-timeout")
                        .contains("zoom.http.read-timeout (5s + 8s) + 5s = 18s").doesNotContain("\n"));
        assertThat(LeaseCoversZoomCall.problem(Duration.ofMillis(17_999), Duration.ofSeconds(5), Duration.ofSeconds(8)))
                .isPresent();
        assertThat(LeaseCoversZoomCall.problem(Duration.ofSeconds(18), Duration.ofSeconds(5), Duration.ofSeconds(8)))
                .isEmpty();
        assertThat(LeaseCoversZoomCall.problem(Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(10)))
                .as("the defaults").isEmpty();
    }

    @Test
    void theServiceRefusesToStartWithALeaseShorterThanTheZoomTimeouts() {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = world.settings(ZoomWorld.h2("lease-" + UUID.randomUUID()));
            settings.put("zoom.lease-ttl", "3s");
            settings.put("zoom.http.read-timeout", "8s");

            assertThatThrownBy(() -> ServiceInstance.start(ServiceInstance.freePort(), settings).close())
                    .hasStackTraceContaining("zoom.lease-ttl (3s) must be at least zoom.http.connect-timeout + "
                            + "zoom.http.read-timeout (5s + 8s)");
        }
    }
}
