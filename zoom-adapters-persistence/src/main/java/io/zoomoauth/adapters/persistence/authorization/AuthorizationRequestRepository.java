package io.zoomoauth.adapters.persistence.authorization;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuthorizationRequestRepository extends GenericRepository<AuthorizationRequestRow, String> {

    AuthorizationRequestRow save(AuthorizationRequestRow row);

    Optional<AuthorizationRequestRow> findById(String state);

    /** Single use: of any number of concurrent callers, exactly one changes the row. */
    @Query("UPDATE authorization_request SET consumed_at = :now WHERE state = :state AND consumed_at IS NULL")
    int markConsumed(String state, String now);

    /** A range scan of ix_authorization_request_created. */
    @Query("SELECT COUNT(*) FROM authorization_request WHERE created_at > :createdAfter AND consumed_at IS NULL")
    long countPending(String createdAfter);

    @Query("DELETE FROM authorization_request WHERE created_at < :createdBefore")
    int deleteCreatedBefore(String createdBefore);
}
