package io.zoomoauth.app.housekeeping;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.zoomoauth.adapters.persistence.local.DataDirectory;
import io.zoomoauth.app.webhooks.WebhookSettings;
import io.zoomoauth.domain.authorization.AuthorizationRequestStore;
import io.zoomoauth.domain.connect.ConnectSessionStore;
import io.zoomoauth.domain.connections.ProcessedEventStore;
import io.zoomoauth.domain.grant.DeletionRecords;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets what is kept only for a while, on its own schedule (also when keep-alive is off): authorization
 * requests after a day, handled webhook events once no signed copy of them can be accepted any more (the
 * webhook replay window), connect sessions a day past their expiry (long enough for the organisation's backend to
 * read how they ended), deletion records after {@code zoom.housekeeping.deletion-retention}; and keeps the local
 * data directory owner-only.
 */
@Singleton
public class HousekeepingJob {

    private static final Logger LOG = LoggerFactory.getLogger(HousekeepingJob.class);
    private static final Duration AUTHORIZATION_REQUESTS = Duration.ofDays(1);
    private static final Duration EXPIRED_CONNECT_SESSIONS = Duration.ofDays(1);

    private final AuthorizationRequestStore requests;
    private final ProcessedEventStore events;
    private final ConnectSessionStore sessions;
    private final DeletionRecords deletions;
    private final Duration replayWindow;
    private final Duration deletionRetention;
    private final Clock clock;
    private final DataDirectory dataDirectory;

    public HousekeepingJob(AuthorizationRequestStore requests, ProcessedEventStore events, ConnectSessionStore sessions,
                           DeletionRecords deletions,
                           WebhookSettings webhooks, Clock clock, DataDirectory dataDirectory,
                           @Value("${zoom.housekeeping.deletion-retention:90d}") Duration deletionRetention) {
        this.requests = requests;
        this.events = events;
        this.sessions = sessions;
        this.deletions = deletions;
        this.replayWindow = webhooks.replayWindow();
        this.deletionRetention = deletionRetention;
        this.clock = clock;
        this.dataDirectory = dataDirectory;
    }

    @Scheduled(fixedDelay = "${zoom.housekeeping.interval:10m}", initialDelay = "${zoom.housekeeping.initial-delay:1m}")
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("Housekeeping failed ({}); the next run tries again", e.getClass().getSimpleName());
            LOG.debug("Housekeeping failure", e);
        }
    }

    /** @return how many rows were forgotten */
    public int runOnce() {
        dataDirectory.secure(); // files the embedded database created since (H2 writes them under the umask)
        Instant now = clock.instant();
        int forgotten = requests.deleteCreatedBefore(now.minus(AUTHORIZATION_REQUESTS))
                + events.deleteReceivedBefore(now.minus(replayWindow))
                + sessions.deleteExpiredBefore(now.minus(EXPIRED_CONNECT_SESSIONS))
                + deletions.deleteRecordedBefore(now.minus(deletionRetention));
        if (forgotten > 0) {
            LOG.info("Housekeeping: forgot {} expired authorization requests, webhook events, connect sessions and "
                    + "deletion records",
                    forgotten);
        }
        return forgotten;
    }
}
