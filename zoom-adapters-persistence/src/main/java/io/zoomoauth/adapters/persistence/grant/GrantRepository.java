package io.zoomoauth.adapters.persistence.grant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * Reads, the insert, and the narrow conditional updates of {@code zoom_grant}. Instants are passed as UTC
 * {@code DATETIME} text (see {@code UtcDateTimes}); the wide fenced and optimistic updates are in
 * {@link GrantWrites}.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface GrantRepository extends GenericRepository<GrantRow, String> {

    Optional<GrantRow> findById(String zoomUserId);

    GrantRow save(GrantRow row);

    @Query("SELECT * FROM zoom_grant ORDER BY zoom_user_id LIMIT :limit")
    List<GrantRow> listFirst(int limit);

    @Query("SELECT * FROM zoom_grant WHERE zoom_user_id > :after ORDER BY zoom_user_id LIMIT :limit")
    List<GrantRow> listAfter(String after, int limit);

    /** A filter value of '' means "any": the ids and statuses it stands for are never empty. */
    @Query("""
            SELECT * FROM zoom_grant
            WHERE (:externalUserId = '' OR external_user_id = :externalUserId) AND (:status = '' OR status = :status)
              AND zoom_user_id > :after
            ORDER BY zoom_user_id LIMIT :limit""")
    List<GrantRow> listMatching(String externalUserId, String status, String after, int limit);

    /** One external user, one connection: the link leaves every other grant (which is kept). */
    @Query("""
            UPDATE zoom_grant SET external_user_id = NULL, tags = NULL, unlinked_from = :externalUserId,
              unlinked_at = :at
            WHERE external_user_id = :externalUserId AND zoom_user_id <> :zoomUserId""")
    int unlinkOthers(String externalUserId, String zoomUserId, String at);

    @Query("""
            UPDATE zoom_grant SET external_user_id = :externalUserId, tags = :tags, unlinked_from = NULL,
              unlinked_at = NULL
            WHERE zoom_user_id = :zoomUserId""")
    int link(String zoomUserId, String externalUserId, @Nullable String tags);

    @Query("SELECT version FROM zoom_grant WHERE zoom_user_id = :zoomUserId FOR UPDATE")
    Optional<Long> lockVersion(String zoomUserId);

    /** The row, locked for the rest of the transaction; its tokens stay sealed (nothing is decrypted). */
    @Query("SELECT * FROM zoom_grant WHERE zoom_user_id = :zoomUserId FOR UPDATE")
    Optional<GrantRow> lockRow(String zoomUserId);

    /** The lease claim of a free lease: one atomic conditional update; only one claimant changes the row. */
    @Query("""
            UPDATE zoom_grant SET lease_owner = :owner, lease_expires_at = :expiresAt
            WHERE zoom_user_id = :zoomUserId AND lease_owner IS NULL""")
    int claimFreeLease(String zoomUserId, String owner, String expiresAt);

    /** Takeover of an expired lease (its holder crashed or stalled): equally atomic, equally exclusive. */
    @Query("""
            UPDATE zoom_grant SET lease_owner = :owner, lease_expires_at = :expiresAt
            WHERE zoom_user_id = :zoomUserId AND lease_owner IS NOT NULL AND lease_expires_at <= :now""")
    int takeOverExpiredLease(String zoomUserId, String owner, String expiresAt, String now);

    @Query("SELECT version FROM zoom_grant WHERE zoom_user_id = :zoomUserId AND lease_owner = :owner")
    Optional<Long> findVersionLeasedBy(String zoomUserId, String owner);

    @Query("""
            UPDATE zoom_grant SET lease_owner = NULL, lease_expires_at = NULL
            WHERE zoom_user_id = :zoomUserId AND lease_owner = :owner""")
    int releaseLease(String zoomUserId, String owner);

    /**
     * Keep-alive candidates: a range scan of {@code ix_zoom_grant_keep_alive} (status, refresh_token_issued_at),
     * read in index order (InnoDB appends the primary key to the index), so no sort; checked with EXPLAIN.
     */
    String KEEP_ALIVE = """
            SELECT zoom_user_id FROM zoom_grant
            WHERE status = :status AND refresh_token_issued_at < :issuedBefore
            ORDER BY refresh_token_issued_at, zoom_user_id LIMIT :limit""";

    @Query(KEEP_ALIVE)
    List<String> findDueForKeepAlive(String status, String issuedBefore, int limit);

    @Query("SELECT COUNT(*) FROM zoom_grant WHERE status = :status")
    long countWithStatus(String status);

    @Query("DELETE FROM zoom_grant WHERE zoom_user_id = :zoomUserId")
    int deleteGrant(String zoomUserId);
}
