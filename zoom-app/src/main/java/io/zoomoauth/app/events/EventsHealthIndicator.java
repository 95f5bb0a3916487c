package io.zoomoauth.app.events;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code events} in {@code /health}: always UP (the receiver is not our dependency, and a receiver outage must not
 * take instances out of a load balancer), with the pending count and the age of the oldest pending event.
 */
@Singleton
public class EventsHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final EventMetrics metrics;
    private final EventSettings settings;

    public EventsHealthIndicator(EventMetrics metrics, EventSettings settings) {
        this.metrics = metrics;
        this.settings = settings;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sending", settings.sending());
        metrics.stats().ifPresentOrElse(stats -> {
            details.put("pending", stats.pending());
            details.put("failed", stats.failed());
            details.put("oldestPendingAgeSeconds", metrics.oldestPendingAge().map(d -> d.toSeconds()).orElse(0L));
        }, () -> details.put("pending", "unknown (database unavailable)"));
        return details;
    }

    @Override
    protected String getName() {
        return "events";
    }
}
