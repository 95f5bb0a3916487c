package io.zoomoauth.adapters.persistence.grant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimeConverter;
import java.time.Instant;

/** One row of {@code zoom_grant}: tokens already encrypted, instants in UTC. */
@MappedEntity("zoom_grant")
record GrantRow(
        @Id String zoomUserId,
        String zoomAccountId,
        String email,
        String displayName,
        String scopes,
        byte[] accessTokenEnc,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant accessTokenExpiresAt,
        byte[] refreshTokenEnc,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant refreshTokenIssuedAt,
        String status,
        String statusReason,
        long version,
        @Nullable String leaseOwner,
        @Nullable @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant leaseExpiresAt,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant connectedAt,
        @Nullable @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant lastRefreshedAt,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant createdAt,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant updatedAt,
        @Nullable String externalUserId,
        @Nullable String tags,
        @Nullable String unlinkedFrom,
        @Nullable @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant unlinkedAt) {

    @Override
    public String toString() {
        return "GrantRow[" + zoomUserId + ", v" + version + ", " + status + "]";
    }
}
