package io.zoomoauth.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zoomoauth.adapters.http.support.ZoomCallObserver;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Every attempt to reach Zoom, by endpoint template and status; 429s counted on their own. */
@Singleton
public class ZoomApiMetrics implements ZoomCallObserver {

    private final MeterRegistry registry;

    public ZoomApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void attempted(String method, String pathTemplate, int status, Duration duration) {
        String endpoint = method + " " + pathTemplate;
        String statusTag = status == 0 ? "no_answer" : Integer.toString(status);
        Timer.builder("zoom.api.calls").description("Requests to Zoom (each retry counts), by endpoint and status")
                .tag("endpoint", endpoint).tag("status", statusTag).register(registry).record(duration);
        if (status == 429) {
            registry.counter("zoom.api.rate.limited", "endpoint", endpoint).increment();
        }
    }
}
