package io.zoomoauth.adapters.persistence.connect;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ConnectSessionRepository extends GenericRepository<ConnectSessionRow, String> {

    ConnectSessionRow save(ConnectSessionRow row);

    Optional<ConnectSessionRow> findById(String id);

    Optional<ConnectSessionRow> findByTokenHash(String tokenHash);

    /** Ends a pending session: of any number of concurrent callers, at most one changes the row. */
    @Query("""
            UPDATE connect_session SET status = :status, zoom_user_id = :zoomUserId, error_code = :errorCode,
              finished_at = :at
            WHERE id = :id AND status = 'PENDING'""")
    int finish(String id, String status, @Nullable String zoomUserId, @Nullable String errorCode, String at);

    @Query("DELETE FROM connect_session WHERE expires_at < :expiredBefore")
    int deleteExpiredBefore(String expiredBefore);
}
