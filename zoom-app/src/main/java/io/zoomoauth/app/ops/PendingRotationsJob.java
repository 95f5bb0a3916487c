package io.zoomoauth.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
 * and at shutdown tries once more and names every grant whose newest tokens die with the process.
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
            LOG.error("Stopping with the newest tokens of Zoom user {} never stored (the database was unreachable): "
                    + "the stored refresh token is dead, so the next refresh marks the grant reauthorization_required "
                    + "and the user must connect again", user);
        }
    }
}
