package io.zoomoauth.adapters.persistence.grant;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface GrantDeletionRepository extends GenericRepository<GrantDeletionRow, Long> {

    GrantDeletionRow save(GrantDeletionRow row);
}
