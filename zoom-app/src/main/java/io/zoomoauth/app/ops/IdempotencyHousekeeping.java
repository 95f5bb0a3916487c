package io.zoomoauth.app.ops;

import io.micronaut.scheduling.annotation.Scheduled;
import io.zoomoauth.domain.idempotency.IdempotencyStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forgets Idempotency-Key records (and their encrypted answers) once their 24 hours are over. */
@Singleton
public class IdempotencyHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyHousekeeping.class);

    private final IdempotencyStore store;
    private final Clock clock;

    public IdempotencyHousekeeping(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${zoom.idempotency.purge-interval:10m}", initialDelay = "${zoom.idempotency.purge-interval:10m}")
    void scheduled() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warn("Purging expired idempotency records failed; the next run tries again ({})", e.getClass().getSimpleName());
        }
    }

    /** Deletes expired records; returns how many. */
    public int purge() {
        int purged = store.deleteExpired(clock.instant());
        if (purged > 0) {
            LOG.info("Housekeeping: forgot {} expired idempotency records", purged);
        }
        return purged;
    }
}
