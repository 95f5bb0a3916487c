package io.zoomoauth.adapters.persistence.connections;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimeConverter;
import java.time.Instant;

/** One row of {@code processed_webhook_event}. */
@MappedEntity("processed_webhook_event")
record ProcessedEventRow(
        @Id String eventKey,
        String eventType,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant receivedAt) {
}
