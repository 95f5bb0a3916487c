package io.zoomoauth.domain.events;

import io.zoomoauth.domain.common.Check;
import java.time.Clock;
import java.util.Optional;

/** Lists events and re-queues one (e.g. after a receiver outage). */
public final class AuditEventsService implements AuditEventsUseCase {

    private final EventOutbox outbox;
    private final Clock clock;

    public AuditEventsService(EventOutbox outbox, Clock clock) {
        this.outbox = Check.notNull(outbox, "outbox");
        this.clock = Check.notNull(clock, "clock");
    }

    @Override
    public EventPage list(EventQuery query) {
        return outbox.list(Check.notNull(query, "query"));
    }

    @Override
    public Optional<EventRecord> redeliver(String id) {
        if (id == null || !OutboxEvent.ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return outbox.requeue(id, clock.instant()) ? outbox.find(id) : Optional.empty();
    }

    @Override
    public EventStats stats() {
        return outbox.stats();
    }
}
