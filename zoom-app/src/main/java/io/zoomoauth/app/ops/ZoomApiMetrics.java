package io.zoomoauth.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zoomoauth.adapters.http.support.ZoomCallObserver;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every attempt to reach Zoom, by endpoint template and status; 429s counted on their own. Also the connection
 * pool: the wait for a connection, and the calls refused because none came free ({@code zoom_busy}). Meters are
 * built once per tag combination (endpoint templates and statuses are few), not per call.
 */
@Singleton
public class ZoomApiMetrics implements ZoomCallObserver {

    private final MeterRegistry registry;
    private final Map<Attempt, Timer> calls = new ConcurrentHashMap<>();
    private final Timer poolWait;
    private final Counter refused;

    private record Attempt(String endpoint, int status) {
    }

    public ZoomApiMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.poolWait = Timer.builder("zoom.http.pool.wait")
                .description("From a Zoom call being issued to its request being written to a connection: the wait "
                        + "for a free pooled connection, or for a new one to be opened")
                .publishPercentileHistogram().register(registry);
        this.refused = Counter.builder("zoom.http.pool.refused")
                .description("Zoom calls refused with zoom_busy: no connection came free within zoom.http.pool-wait, "
                        + "or zoom.http.max-waiting calls were waiting already; none was sent")
                .register(registry);
    }

    @Override
    public void attempted(String method, String pathTemplate, int status, Duration duration) {
        String endpoint = method + " " + pathTemplate;
        calls.computeIfAbsent(new Attempt(endpoint, status), attempt -> Timer.builder("zoom.api.calls")
                        .description("Requests to Zoom (each retry counts), by endpoint and status")
                        .tag("endpoint", attempt.endpoint())
                        .tag("status", attempt.status() == 0 ? "no_answer" : Integer.toString(attempt.status()))
                        .register(registry))
                .record(duration);
        if (status == 429) {
            registry.counter("zoom.api.rate.limited", "endpoint", endpoint).increment();
        }
    }

    @Override
    public void refusedForNoConnection(String method, String call) {
        refused.increment();
    }

    @Override
    public void waitedForConnection(Duration waited) {
        poolWait.record(waited);
    }
}
