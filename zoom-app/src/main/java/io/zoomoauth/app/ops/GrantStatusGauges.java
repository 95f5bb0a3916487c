package io.zoomoauth.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.GrantStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code zoom.grants{status=…}}: how many grants are active and how many need re-authorization. Counted in
 * the database at most every 30 s, however often Prometheus scrapes.
 */
@Context
public class GrantStatusGauges {

    private static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final GrantStore grants;
    private final Clock clock;
    private final Map<GrantStatus, Long> counts = new EnumMap<>(GrantStatus.class);
    private Instant countedAt = Instant.MIN;

    public GrantStatusGauges(GrantStore grants, Clock clock, MeterRegistry registry) {
        this.grants = grants;
        this.clock = clock;
        for (GrantStatus status : GrantStatus.values()) {
            Gauge.builder("zoom.grants", () -> count(status)).description("Stored grants by status")
                    .tag("status", status.name().toLowerCase()).register(registry);
        }
    }

    private synchronized double count(GrantStatus status) {
        Instant now = clock.instant();
        if (Duration.between(countedAt, now).compareTo(MAX_AGE) > 0 || countedAt.isAfter(now)) {
            try {
                for (GrantStatus each : GrantStatus.values()) {
                    counts.put(each, grants.countByStatus(each));
                }
                countedAt = now;
            } catch (RuntimeException databaseDown) {
                return Double.NaN;
            }
        }
        return counts.getOrDefault(status, 0L);
    }
}
