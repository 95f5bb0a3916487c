package io.zoomoauth.adapters.persistence.grant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface GrantDeletionRepository extends GenericRepository<GrantDeletionRow, Long> {

    GrantDeletionRow save(GrantDeletionRow row);

    /** The reason of the latest record for the user id or the e-mail hash (index range scans, newest first). */
    @Query("""
            SELECT reason FROM grant_deletion WHERE zoom_user_id = :zoomUserId OR email_sha256 = :emailSha256
            ORDER BY deleted_at DESC, id DESC LIMIT 1""")
    Optional<String> latestReason(String zoomUserId, String emailSha256);

    @Query("DELETE FROM grant_deletion WHERE deleted_at < :before")
    int deleteRecordedBefore(String before);
}
