package io.zoomoauth.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zoomoauth.domain.access.TokenEvents;
import io.zoomoauth.domain.grant.ZoomUserId;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The token manager's events as Micrometer metrics and log lines (user ids only, never tokens). */
@Singleton
public class TokenMetrics implements TokenEvents {

    private static final Logger LOG = LoggerFactory.getLogger(TokenMetrics.class);

    private final MeterRegistry registry;
    /** Per outcome, built on first use (a handful of outcomes). */
    private final Map<RefreshOutcome, Counter> refreshes = new ConcurrentHashMap<>();
    private final Map<RefreshOutcome, Timer> refreshLatencies = new ConcurrentHashMap<>();

    public TokenMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void refreshed(ZoomUserId userId, RefreshOutcome outcome, Duration latency) {
        refreshes.computeIfAbsent(outcome, o -> registry.counter("zoom.token.refresh", "outcome", tag(o))).increment();
        refreshLatencies.computeIfAbsent(outcome, o -> Timer.builder("zoom.token.refresh.latency").tag("outcome", tag(o))
                .publishPercentileHistogram().register(registry)).record(latency);
        if (outcome == RefreshOutcome.SUCCESS || outcome == RefreshOutcome.ROTATED_ELSEWHERE) {
            LOG.info("Token refresh for user {}: {} in {} ms", userId, outcome, latency.toMillis());
        } else {
            LOG.warn("Token refresh for user {}: {} after {} ms", userId, outcome, latency.toMillis());
        }
    }

    private static String tag(RefreshOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void leaseWaited(ZoomUserId userId, Duration waited) {
        registry.counter("zoom.token.lease.waits").increment();
        registry.timer("zoom.token.lease.wait.time").record(waited);
    }

    @Override
    public void leaseTakenOver(ZoomUserId userId) {
        registry.counter("zoom.token.lease.takeovers").increment();
        LOG.warn("Took over the expired refresh lease of user {} (its holder crashed or stalled)", userId);
    }

    @Override
    public void fenceLost(ZoomUserId userId) {
        registry.counter("zoom.token.lease.fence.lost").increment();
        LOG.warn("Rotated tokens of user {} were not stored: a newer version with other tokens was stored meanwhile "
                + "(e.g. the user connected again); that one is used", userId);
    }

    @Override
    public void rotationPending(ZoomUserId userId, RuntimeException failure) {
        registry.counter("zoom.token.rotation.pending").increment();
        LOG.warn("The database could not take the rotated tokens of user {} ({}): they are kept in memory, served, "
                + "and written in the background until the database returns", userId, failure.getClass().getSimpleName());
    }

    @Override
    public void rotationLanded(ZoomUserId userId, Duration pendingFor) {
        registry.timer("zoom.token.rotation.landed").record(pendingFor);
        LOG.info("Stored the rotated tokens of user {} that were held in memory for {} ms", userId, pendingFor.toMillis());
    }

    @Override
    public void servedDuringOutage(ZoomUserId userId) {
        registry.counter("zoom.token.served.during.outage").increment();
    }
}
