package io.zoomoauth.adapters.persistence.connections;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProcessedEventRepository extends GenericRepository<ProcessedEventRow, String> {

    ProcessedEventRow save(ProcessedEventRow row);

    boolean existsById(String eventKey);

    @Query("DELETE FROM processed_webhook_event WHERE received_at < :before")
    int deleteReceivedBefore(String before);
}
