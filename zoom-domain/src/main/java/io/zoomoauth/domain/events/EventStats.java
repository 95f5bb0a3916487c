package io.zoomoauth.domain.events;

import java.time.Instant;
import java.util.Optional;

/** Counts for metrics and health. */
public record EventStats(long pending, long delivered, long failed, Optional<Instant> oldestPendingCreatedAt) {
}
