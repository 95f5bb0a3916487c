package io.zoomoauth.domain.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Out-port: the transactional outbox. Events that report a grant change are written by the {@code GrantStore}
 * in the transaction of that change; this port records the others, hands pending events to the delivery
 * worker and keeps the audit trail.
 */
public interface EventOutbox {

    /** Records an event on its own; false when an event with its id is stored already (e.g. Zoom retried). */
    boolean record(OutboxEvent event);

    /**
     * Claims up to {@code limit} events that are due: pending, their next attempt not in the future, not claimed
     * by anyone (or the claim expired), and with no earlier pending event for the same Zoom user. Each claim is
     * one atomic conditional update, so an event is claimed by one caller at a time, across instances.
     */
    List<ClaimedEvent> claimDue(String owner, Instant now, Duration ttl, int limit);

    /** The receiver took it. Returns false when the claim was lost meanwhile (nothing is written then). */
    boolean markDelivered(ClaimedEvent event, Instant at);

    /** An attempt failed: try again at {@code nextAttemptAt}. */
    boolean markRetry(ClaimedEvent event, Instant at, Instant nextAttemptAt, String error);

    /** An attempt failed and the event is older than its maximum age: give up. */
    boolean markFailed(ClaimedEvent event, Instant at, String error);

    EventPage list(EventQuery query);

    Optional<EventRecord> find(String id);

    /** Queues the event again (any status) for an attempt at {@code now}; its maximum age starts over. */
    boolean requeue(String id, Instant now);

    /** Housekeeping: forgets delivered and failed events created before {@code before}; returns how many. */
    int purgeFinishedBefore(Instant before);

    EventStats stats();
}
