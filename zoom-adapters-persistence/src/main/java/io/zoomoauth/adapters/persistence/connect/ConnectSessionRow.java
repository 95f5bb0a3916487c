package io.zoomoauth.adapters.persistence.connect;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimeConverter;
import java.time.Instant;

/** One row of {@code connect_session}; the link's token only as its hash. */
@MappedEntity("connect_session")
record ConnectSessionRow(
        @Id String id,
        String tokenHash,
        String externalUserId,
        @Nullable String returnTo,
        @Nullable String tags,
        String status,
        @Nullable String zoomUserId,
        @Nullable String errorCode,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant createdAt,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant expiresAt,
        @Nullable @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant finishedAt) {
}
