package io.zoomoauth.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.zoomoauth.domain.access.AccessTokenService;
import io.zoomoauth.domain.grant.ZoomUserId;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lands rotated token pairs that the database could not take when Zoom issued them (they are held in memory by
 * the token manager, with their own backoff), exposes how many are waiting ({@code zoom.token.pending.rotations}),
 * takes up at start what an earlier run left in the local journal, and at shutdown tries once more and names every
 * grant whose newest tokens were not stored.
 */
@Singleton
public class PendingRotationsJob {

    private static final Logger LOG = LoggerFactory.getLogger(PendingRotationsJob.class);

    private final AccessTokenService tokens;

    public PendingRotationsJob(AccessTokenService tokens, MeterRegistry registry) {
        this.tokens = tokens;
        Gauge.builder("zoom.token.pending.rotations", tokens, AccessTokenService::pendingRotations)
                .description("Rotated token pairs held only in memory until the database takes them").register(registry);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int resumed = tokens.resumeJournaledRotations();
        if (resumed > 0) {
            LOG.warn("Took up {} rotated token pairs from the local journal that an earlier run could not store; "
                    + "{} still waiting for the database", resumed, tokens.pendingRotations());
        }
    }

    @Scheduled(fixedDelay = "${zoom.pending-rotations.poll:250ms}")
    void scheduled() {
        if (tokens.pendingRotations() > 0) {
            tokens.landPendingRotations(false);
        }
    }

    @PreDestroy
    void lastAttempt() {
        if (tokens.pendingRotations() == 0 || tokens.landPendingRotations(true) == 0) {
            return;
        }
        for (ZoomUserId user : tokens.usersWithPendingRotations()) {
            LOG.error("Stopping with the newest tokens of Zoom user {} not stored (the database is unreachable): they "
                    + "are kept in the local journal (zoom.vault.data-dir) and stored when this instance starts again "
                    + "on it; until then the stored refresh token is dead, and if the journal is lost the user must "
                    + "connect again", user);
        }
    }
}
