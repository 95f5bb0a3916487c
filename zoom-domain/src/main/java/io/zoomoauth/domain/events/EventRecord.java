package io.zoomoauth.domain.events;

import java.time.Instant;
import java.util.Optional;

/**
 * An event as the audit trail shows it: its delivery state, never its body.
 *
 * @param position   the order events were recorded in (the paging cursor)
 * @param lastError  why the last failed attempt failed; kept after a later success
 */
public record EventRecord(long position, String id, EventType type, EventStatus status, int attempts,
                          Optional<String> lastError, Instant createdAt, Optional<Instant> nextAttemptAt,
                          Optional<Instant> deliveredAt, Optional<String> zoomUserId, Optional<String> externalUserId) {
}
