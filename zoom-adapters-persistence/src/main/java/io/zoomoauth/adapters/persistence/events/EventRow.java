package io.zoomoauth.adapters.persistence.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimeConverter;
import java.time.Instant;

/** One row of {@code event_outbox}: the rendered body (what is signed and sent) plus its delivery state. */
@MappedEntity("event_outbox")
record EventRow(
        @Id @GeneratedValue @Nullable Long seq,
        String id,
        String eventType,
        @Nullable String zoomUserId,
        @Nullable String accountId,
        @Nullable String externalUserId,
        String body,
        String status,
        int attempts,
        @Nullable String lastError,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant createdAt,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant queuedAt,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant nextAttemptAt,
        @Nullable @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant deliveredAt,
        @Nullable String claimOwner,
        @Nullable @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant claimExpiresAt) {

    @Override
    public String toString() {
        return "EventRow[" + seq + ", " + id + ", " + eventType + ", " + status + "]";
    }
}
