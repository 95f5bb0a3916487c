package io.zoomoauth.domain.events;

import io.zoomoauth.domain.common.Check;
import java.time.Instant;

/**
 * A pending event this instance has claimed for one delivery attempt. The claim is a row-level expiry, not a
 * held transaction: if this instance dies, the claim runs out and another instance delivers the event.
 *
 * @param queuedAt when the event was recorded or last re-queued: its maximum age counts from here
 * @param owner    the claim's owner; outcomes are written only while the row still names it
 */
public record ClaimedEvent(long position, String id, EventType type, String body, int attempts, Instant createdAt,
                           Instant queuedAt, String owner) {

    public ClaimedEvent {
        Check.notBlank(id, "id");
        Check.notNull(type, "type");
        Check.notBlank(body, "body");
        Check.notNull(createdAt, "createdAt");
        Check.notNull(queuedAt, "queuedAt");
        Check.notBlank(owner, "owner");
    }
}
