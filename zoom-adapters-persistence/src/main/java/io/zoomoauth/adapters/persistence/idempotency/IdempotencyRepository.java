package io.zoomoauth.adapters.persistence.idempotency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IdempotencyRepository extends GenericRepository<IdempotencyRow, String> {

    IdempotencyRow save(IdempotencyRow row);

    Optional<IdempotencyRow> findById(String keyHash);

    @Query("DELETE FROM idempotency_record WHERE key_hash = :keyHash AND expires_at <= :now")
    int deleteIfExpired(String keyHash, String now);

    /** Only the claimed, unfinished record takes an answer: a finished one is never overwritten. */
    @Query("UPDATE idempotency_record SET answer_enc = :answerEnc WHERE key_hash = :keyHash AND answer_enc IS NULL")
    int complete(String keyHash, byte[] answerEnc);

    @Query("DELETE FROM idempotency_record WHERE key_hash = :keyHash AND answer_enc IS NULL")
    int release(String keyHash);

    @Query("DELETE FROM idempotency_record WHERE expires_at <= :now")
    int deleteExpired(String now);
}
