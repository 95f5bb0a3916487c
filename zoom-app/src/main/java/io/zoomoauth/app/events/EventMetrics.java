package io.zoomoauth.app.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import io.zoomoauth.domain.events.AuditEventsUseCase;
import io.zoomoauth.domain.events.ClaimedEvent;
import io.zoomoauth.domain.events.DeliveryAnswer;
import io.zoomoauth.domain.events.DeliveryObserver;
import io.zoomoauth.domain.events.EventStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery worker's metrics and log lines, and the outbox's counts ({@code zoom.events{status}}, the age of
 * the oldest pending event), counted in the database at most every 10 s however often they are read.
 */
@Context
public class EventMetrics implements DeliveryObserver {

    private static final Logger LOG = LoggerFactory.getLogger(EventMetrics.class);
    private static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final AuditEventsUseCase events;
    private final Clock clock;
    private final MeterRegistry registry;
    private Optional<EventStats> stats = Optional.empty();
    private Instant countedAt = Instant.MIN;

    public EventMetrics(AuditEventsUseCase events, Clock clock, MeterRegistry registry) {
        this.events = events;
        this.clock = clock;
        this.registry = registry;
        gauge("pending", EventStats::pending);
        gauge("delivered", EventStats::delivered);
        gauge("failed", EventStats::failed);
        Gauge.builder("zoom.events.oldest.pending.age", () -> oldestPendingAge().map(d -> d.toMillis() / 1000.0).orElse(0.0))
                .description("Age of the oldest pending event").baseUnit("seconds").register(registry);
    }

    private void gauge(String status, ToDoubleFunction<EventStats> value) {
        Gauge.builder("zoom.events", () -> stats().map(value::applyAsDouble).orElse(Double.NaN))
                .description("Events in the outbox by status").tag("status", status).register(registry);
    }

    /** The outbox's counts, at most {@link #MAX_AGE} old; empty while the database cannot be read. */
    public synchronized Optional<EventStats> stats() {
        Instant now = clock.instant();
        if (Duration.between(countedAt, now).compareTo(MAX_AGE) > 0 || countedAt.isAfter(now)) {
            try {
                stats = Optional.of(events.stats());
                countedAt = now;
            } catch (RuntimeException databaseDown) {
                return Optional.empty();
            }
        }
        return stats;
    }

    public Optional<Duration> oldestPendingAge() {
        return stats().flatMap(EventStats::oldestPendingCreatedAt).map(oldest -> Duration.between(oldest, clock.instant()));
    }

    @Override
    public void attempted(ClaimedEvent event, Outcome outcome, DeliveryAnswer answer) {
        String result = answer.success() ? "delivered" : answer.status().isPresent() ? "rejected" : "no_answer";
        registry.counter("zoom.events.delivery.attempts", "outcome", result).increment();
        if (outcome == Outcome.FAILED) {
            LOG.error("Event {} ({}) FAILED after {} attempts: {}", event.id(), event.type().wireName(),
                    event.attempts() + 1, answer.problem());
        } else if (outcome == Outcome.RETRY) {
            LOG.warn("Delivery of event {} ({}) attempt {} failed: {}; will retry", event.id(), event.type().wireName(),
                    event.attempts() + 1, answer.problem());
        } else {
            LOG.debug("Delivered event {} ({})", event.id(), event.type().wireName());
        }
    }

    @Override
    public void deliveredAfter(ClaimedEvent event, Duration sinceCreated) {
        Timer.builder("zoom.events.delivery.latency").description("From an event's creation to the receiver's 2xx")
                .publishPercentileHistogram().register(registry).record(sinceCreated);
    }
}
