package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A half-configured receiver stops the start with a message naming what to set, never the secret. */
class EventSettingsTest {

    @Test
    void aReceiverUrlWithoutItsSecretOrWithAShortSecretStopsTheStart() {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> noSecret = world.settings(ZoomWorld.h2("evsettings-" + UUID.randomUUID()));
            noSecret.put("zoom.events.url", "http://127.0.0.1:9/events");
            assertThatThrownBy(() -> ServiceInstance.start(world.port, noSecret).close())
                    .hasStackTraceContaining("ZOOM_EVENTS_SECRET");

            Map<String, Object> shortSecret = world.settings(ZoomWorld.h2("evsettings-" + UUID.randomUUID()));
            shortSecret.put("zoom.events.url", "http://127.0.0.1:9/events");
            shortSecret.put("zoom.events.secret", "short-secret-value");
            assertThatThrownBy(() -> ServiceInstance.start(world.port, shortSecret).close())
                    .hasStackTraceContaining("at least 32 characters").satisfies(e -> org.assertj.core.api.Assertions
                            .assertThat(stackTrace(e)).doesNotContain("short-secret-value"));
        }
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
