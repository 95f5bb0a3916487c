package io.zoomoauth.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.error.RateLimited;
import io.zoomoauth.domain.error.ZoomBusy;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.proxy.ProxyPathRefused;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Proxied requests by method, Zoom route template ({@code /users/{userId}/meetings}, never a raw path) and outcome.
 * Templates keep ids out already; a cap on distinct templates keeps a caller sending made-up paths from growing the
 * metric without bound (the rest count as {@code /other}).
 */
@Singleton
public class ZoomProxyMetrics {

    static final int MAX_ROUTES = 200;
    static final String OTHER = "/other";

    private final MeterRegistry registry;
    private final Set<String> routes = ConcurrentHashMap.newKeySet();
    /** Built once per combination: at most MAX_ROUTES + 1 routes, a few methods and statuses. */
    private final Map<Outcome, Timer> timers = new ConcurrentHashMap<>();

    private record Outcome(String method, String route, String status) {
    }

    public ZoomProxyMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Zoom answered {@code status} (time until its headers arrived). */
    public void answered(String method, String template, int status, long startedNanos) {
        record(method, template, Integer.toString(status), startedNanos);
    }

    /** No answer passed through: a failure of our own (rate limit, no answer, not connected, …). */
    public void failed(String method, String template, RuntimeException failure, long startedNanos) {
        String outcome = failure instanceof RateLimited ? "429"
                : failure instanceof ZoomUnavailable ? "no_answer"
                : failure instanceof ZoomBusy ? "busy"
                : failure instanceof DomainFailure || isOtherUser(failure) ? "refused" : "invalid";
        record(method, template, outcome, startedNanos);
    }

    private static boolean isOtherUser(RuntimeException failure) {
        return failure instanceof ProxyPathRefused refused && refused.reason() == ProxyPathRefused.Reason.OTHER_USER;
    }

    private void record(String method, String template, String status, long startedNanos) {
        String route = routes.contains(template) || (routes.size() < MAX_ROUTES && routes.add(template)) ? template : OTHER;
        timers.computeIfAbsent(new Outcome(method, route, status), outcome -> Timer.builder("zoom.proxy.requests")
                        .description("Requests through the Zoom proxy, by method, route and status")
                        .tag("method", outcome.method()).tag("route", outcome.route()).tag("status", outcome.status())
                        .register(registry))
                .record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }
}
