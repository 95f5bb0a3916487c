package io.zoomoauth.app.events;

import io.micronaut.scheduling.annotation.Scheduled;
import io.zoomoauth.domain.events.EventOutbox;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Purges delivered and failed events older than {@code zoom.events.retention} (default 30 days). */
@Singleton
public class EventsHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(EventsHousekeeping.class);

    private final EventOutbox outbox;
    private final EventSettings settings;
    private final Clock clock;

    public EventsHousekeeping(EventOutbox outbox, EventSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${zoom.events.housekeeping-interval:1h}", initialDelay = "${zoom.events.housekeeping-initial-delay:5m}")
    public int purge() {
        try {
            int purged = outbox.purgeFinishedBefore(clock.instant().minus(settings.retention()));
            if (purged > 0) {
                LOG.info("Housekeeping: purged {} events older than {}", purged, settings.retention());
            }
            return purged;
        } catch (RuntimeException e) {
            LOG.warn("Purging old events failed; the next run tries again", e);
            return 0;
        }
    }
}
