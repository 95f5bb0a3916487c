package io.zoomoauth.domain.events;

import java.util.Optional;

/** In-port: the audit trail of events, and queuing one again. */
public interface AuditEventsUseCase {

    EventPage list(EventQuery query);

    /** Queues the event for another delivery; empty when there is no such event. */
    Optional<EventRecord> redeliver(String id);

    EventStats stats();
}
