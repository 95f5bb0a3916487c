package io.zoomoauth.adapters.persistence.jdbc;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Maps entity {@link Instant}s to UTC {@code DATETIME(6)} text; see {@link UtcDateTimes} for why. */
@Singleton
public final class UtcDateTimeConverter implements AttributeConverter<Instant, String> {

    @Override
    public String convertToPersistedValue(Instant entityValue, ConversionContext context) {
        return UtcDateTimes.formatNullable(entityValue);
    }

    @Override
    public Instant convertToEntityValue(String persistedValue, ConversionContext context) {
        return persistedValue == null ? null : UtcDateTimes.parse(persistedValue);
    }
}
