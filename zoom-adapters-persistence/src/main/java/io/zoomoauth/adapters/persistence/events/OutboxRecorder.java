package io.zoomoauth.adapters.persistence.events;

import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimes;
import io.zoomoauth.domain.events.EventStatus;
import io.zoomoauth.domain.events.OutboxEvent;
import jakarta.inject.Singleton;

/**
 * Writes one event row in the caller's transaction: the grant store calls it inside the transaction of the
 * change the event reports. One small insert, nothing else. Not a {@code @StorageBoundary} of its own: it only runs
 * inside a store adapter's transaction, and that adapter (a boundary) translates its failures.
 */
@Singleton
public final class OutboxRecorder {

    private final EventRepository events;

    OutboxRecorder(EventRepository events) {
        this.events = events;
    }

    public void insert(OutboxEvent event) {
        events.save(newRow(event));
    }

    static EventRow newRow(OutboxEvent event) {
        return new EventRow(null, event.id(), event.type().wireName(), event.zoomUserId().orElse(null),
                event.accountId().orElse(null), event.externalUserId().orElse(null), event.body(),
                EventStatus.PENDING.name(), 0, null, UtcDateTimes.truncate(event.occurredAt()),
                UtcDateTimes.truncate(event.occurredAt()), UtcDateTimes.truncate(event.occurredAt()), null, null, null);
    }
}
