package io.zoomoauth.app.events;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;

/**
 * {@code events} in {@code /health} (one of the details: management key): always UP (the receiver is not our
 * dependency, and a receiver outage must not take instances out of a load balancer), with the pending count and the
 * age of the oldest pending event. Reading the counts is bounded like the database check
 * ({@code zoom.health.database-timeout}), so a frozen database cannot hold {@code /health}.
 */
@Singleton
public class EventsHealthIndicator implements HealthIndicator {

    private final EventMetrics metrics;
    private final EventSettings settings;
    private final Duration timeout;
    private final ExecutorService probes = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "events-health-probe");
        thread.setDaemon(true);
        return thread;
    });

    public EventsHealthIndicator(EventMetrics metrics, EventSettings settings,
                                 @Value("${zoom.health.database-timeout:2s}") Duration timeout) {
        this.metrics = metrics;
        this.settings = settings;
        this.timeout = timeout;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        CompletableFuture<HealthResult> counted = CompletableFuture.supplyAsync(this::counts, probes)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(slow -> result(Map.of("sending", settings.sending(),
                        "pending", "unknown (database unavailable)")));
        return Publishers.fromCompletableFuture(counted);
    }

    private HealthResult counts() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sending", settings.sending());
        metrics.stats().ifPresentOrElse(stats -> {
            details.put("pending", stats.pending());
            details.put("failed", stats.failed());
            details.put("oldestPendingAgeSeconds", metrics.oldestPendingAge().map(d -> d.toSeconds()).orElse(0L));
        }, () -> details.put("pending", "unknown (database unavailable)"));
        return result(details);
    }

    private static HealthResult result(Map<String, Object> details) {
        return HealthResult.builder("events", HealthStatus.UP).details(details).build();
    }

    @PreDestroy
    void stop() {
        probes.shutdownNow();
    }
}
