package io.zoomoauth.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.zoomoauth.domain.access.KeepAliveUseCase;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps dormant grants alive (refresh tokens older than {@code zoom.keep-alive-age} are refreshed, a bounded
 * and paced batch per run; the vault's lease keeps instances off each other's grants). Tidying up is
 * {@code housekeeping.HousekeepingJob}'s, which runs even when keep-alive is off.
 */
@Singleton
public class KeepAliveJob {

    private static final Logger LOG = LoggerFactory.getLogger(KeepAliveJob.class);

    private final KeepAliveUseCase keepAlive;
    private final MeterRegistry metrics;
    private final boolean enabled;
    private final AtomicBoolean running = new AtomicBoolean();

    public KeepAliveJob(KeepAliveUseCase keepAlive, MeterRegistry metrics,
                        @Value("${zoom.keep-alive.enabled:true}") boolean enabled) {
        this.keepAlive = keepAlive;
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
            return result;
        } catch (RuntimeException e) {
            LOG.error("Keep-alive run failed; the next run tries again", e);
            return new KeepAliveUseCase.BatchResult(0, 0, 0, 1);
        } finally {
            running.set(false);
        }
    }
}
