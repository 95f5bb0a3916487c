package io.zoomoauth.adapters.persistence.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's statements; instants are UTC {@code DATETIME} text (see {@code UtcDateTimes}). Parameters are never
 * named like a property of {@link EventRow}: Micronaut Data would apply that property's converter to them.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EventRepository extends GenericRepository<EventRow, Long> {

    EventRow save(EventRow row);

    Optional<EventRow> findById(Long seq);

    @Query("SELECT * FROM event_outbox WHERE id = :eventId")
    Optional<EventRow> findByEventId(String eventId);

    /** Due, unclaimed, and not behind an earlier pending event of the same user (per-user order). */
    @Query("""
            SELECT e.seq FROM event_outbox e
            WHERE e.status = 'PENDING' AND e.next_attempt_at <= :now
              AND (e.claim_owner IS NULL OR e.claim_expires_at <= :now)
              AND (e.zoom_user_id IS NULL OR NOT EXISTS (SELECT 1 FROM event_outbox p
                   WHERE p.zoom_user_id = e.zoom_user_id AND p.status = 'PENDING' AND p.seq < e.seq))
            ORDER BY e.seq LIMIT :limit""")
    List<Long> findClaimable(String now, int limit);

    /** The claim: one atomic conditional update, so of two instances only one changes the row. */
    @Query("""
            UPDATE event_outbox SET claim_owner = :owner, claim_expires_at = :expiresAt
            WHERE seq = :seq AND status = 'PENDING' AND (claim_owner IS NULL OR claim_expires_at <= :now)""")
    int claim(long seq, String owner, String expiresAt, String now);

    @Query("""
            UPDATE event_outbox SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = :at,
              claim_owner = NULL, claim_expires_at = NULL
            WHERE seq = :seq AND claim_owner = :owner""")
    int markDelivered(long seq, String owner, String at);

    @Query("""
            UPDATE event_outbox SET attempts = attempts + 1, last_error = :error, next_attempt_at = :nextAt,
              claim_owner = NULL, claim_expires_at = NULL
            WHERE seq = :seq AND claim_owner = :owner""")
    int markRetry(long seq, String owner, String error, String nextAt);

    @Query("""
            UPDATE event_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = :error,
              claim_owner = NULL, claim_expires_at = NULL
            WHERE seq = :seq AND claim_owner = :owner""")
    int markFailed(long seq, String owner, String error);

    @Query("""
            UPDATE event_outbox SET status = 'PENDING', queued_at = :now, next_attempt_at = :now,
              claim_owner = NULL, claim_expires_at = NULL
            WHERE id = :id""")
    int requeue(String id, String now);

    @Query("DELETE FROM event_outbox WHERE status <> 'PENDING' AND created_at < :before")
    int purgeFinishedBefore(String before);

    @Query("SELECT COUNT(*) FROM event_outbox WHERE status = :status")
    long countWithStatus(String status);

    @Query("SELECT MIN(created_at) FROM event_outbox WHERE status = 'PENDING'")
    Optional<String> oldestPendingCreatedAt();
}
