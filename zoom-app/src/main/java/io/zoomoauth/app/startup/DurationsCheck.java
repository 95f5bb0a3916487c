package io.zoomoauth.app.startup;

import io.micronaut.core.value.PropertyResolver;
import java.time.Duration;
import java.util.List;

/** Every duration setting parses, and is positive. */
final class DurationsCheck implements StartupCheck {

    private static final List<String> DURATIONS = List.of("zoom.refresh-skew", "zoom.keep-alive-age", "zoom.lease-ttl",
            "zoom.lease-wait-poll", "zoom.lease-wait-max", "zoom.refresh-backoff-max", "zoom.keep-alive.interval",
            "zoom.keep-alive.pause", "zoom.housekeeping.interval", "zoom.housekeeping.deletion-retention",
            "zoom.webhooks.max-age", "zoom.webhooks.max-future-skew", "zoom.webhooks.handling-budget",
            "zoom.http.connect-timeout", "zoom.http.read-timeout", "zoom.http.pool-wait");

    @Override
    public List<StartupProblem> check(PropertyResolver settings) {
        return DURATIONS.stream().filter(property -> !StartupCheck.value(settings, property).isEmpty())
                .filter(property -> settings.getProperty(property, Duration.class)
                        .filter(d -> !d.isNegative() && !d.isZero()).isEmpty())
                .map(property -> new StartupProblem(property, "'" + ServerPortCheck.abbreviate(
                        StartupCheck.value(settings, property)) + "' is not a positive duration; use e.g. 500ms, 30s, 10m or 30d"))
                .toList();
    }
}
