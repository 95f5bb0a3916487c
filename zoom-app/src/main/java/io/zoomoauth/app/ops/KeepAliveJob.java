package io.zoomoauth.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.zoomoauth.domain.access.KeepAliveUseCase;
import io.zoomoauth.domain.authorization.AuthorizationRequestStore;
import io.zoomoauth.domain.connect.ConnectSessionStore;
import io.zoomoauth.domain.connections.ProcessedEventStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps dormant grants alive (refresh tokens older than {@code zoom.keep-alive-age} are refreshed, a bounded
 * and paced batch per run; the vault's lease keeps instances off each other's grants), and tidies up:
 * authorization requests older than a day, webhook events older than a week and connect sessions a day past their
 * expiry (long enough for the organisation's backend to read how they ended) are forgotten.
 */
@Singleton
public class KeepAliveJob {

    private static final Logger LOG = LoggerFactory.getLogger(KeepAliveJob.class);

    private final KeepAliveUseCase keepAlive;
    private final AuthorizationRequestStore requests;
    private final ProcessedEventStore events;
    private final ConnectSessionStore sessions;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final boolean enabled;
    private final AtomicBoolean running = new AtomicBoolean();

    public KeepAliveJob(KeepAliveUseCase keepAlive, AuthorizationRequestStore requests, ProcessedEventStore events,
                        ConnectSessionStore sessions, Clock clock, MeterRegistry metrics, @Value("${zoom.keep-alive.enabled:true}") boolean enabled) {
        this.keepAlive = keepAlive;
        this.requests = requests;
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
        this.metrics = metrics;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelay = "${zoom.keep-alive.interval:10m}", initialDelay = "${zoom.keep-alive.initial-delay:2m}")
    void scheduled() {
        if (enabled) {
            runOnce();
        }
    }

    /** One batch; a run still in progress makes a second one return at once. */
    public KeepAliveUseCase.BatchResult runOnce() {
        if (!running.compareAndSet(false, true)) {
            return new KeepAliveUseCase.BatchResult(0, 0, 0, 0);
        }
        try {
            KeepAliveUseCase.BatchResult result = keepAlive.runBatch();
            metrics.counter("zoom.keepalive.grants", "outcome", "refreshed").increment(result.refreshed());
            metrics.counter("zoom.keepalive.grants", "outcome", "reauthorization_required")
                    .increment(result.reauthorizationRequired());
            metrics.counter("zoom.keepalive.grants", "outcome", "failed").increment(result.failed());
            if (result.due() > 0) {
                LOG.info("Keep-alive: {} due, {} refreshed, {} need re-authorization, {} failed", result.due(),
                        result.refreshed(), result.reauthorizationRequired(), result.failed());
            }
            int requestsForgotten = requests.deleteCreatedBefore(clock.instant().minus(Duration.ofDays(1)));
            int eventsForgotten = events.deleteReceivedBefore(clock.instant().minus(Duration.ofDays(7)));
            int sessionsForgotten = sessions.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
            if (requestsForgotten + eventsForgotten + sessionsForgotten > 0) {
                LOG.info("Housekeeping: forgot {} old authorization requests, {} old webhook events and {} expired "
                        + "connect sessions", requestsForgotten, eventsForgotten, sessionsForgotten);
            }
            return result;
        } catch (RuntimeException e) {
            LOG.error("Keep-alive run failed; the next run tries again", e);
            return new KeepAliveUseCase.BatchResult(0, 0, 0, 1);
        } finally {
            running.set(false);
        }
    }
}
