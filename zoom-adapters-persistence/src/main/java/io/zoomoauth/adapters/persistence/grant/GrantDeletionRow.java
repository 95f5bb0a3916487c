package io.zoomoauth.adapters.persistence.grant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimeConverter;
import java.time.Instant;

/** One row of {@code grant_deletion}: who was deleted, when and why. Deliberately has no token and no e-mail column. */
@MappedEntity("grant_deletion")
record GrantDeletionRow(
        @Id @GeneratedValue @Nullable Long id,
        String zoomUserId,
        @Nullable String zoomAccountId,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant deletedAt,
        String reason,
        boolean grantDeleted,
        @Nullable String emailSha256) {
}
