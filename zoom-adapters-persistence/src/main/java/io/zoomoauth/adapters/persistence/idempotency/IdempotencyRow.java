package io.zoomoauth.adapters.persistence.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimeConverter;
import java.time.Instant;

/** One row of {@code idempotency_record}; {@code answerEnc} is null while the first request runs. */
@MappedEntity("idempotency_record")
record IdempotencyRow(
        @Id String keyHash,
        String fingerprint,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant startedAt,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant expiresAt,
        @Nullable byte[] answerEnc) {
}
