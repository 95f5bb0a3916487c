package io.zoomoauth.adapters.persistence.authorization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimeConverter;
import java.time.Instant;

/** One row of {@code authorization_request}; the PKCE verifier is encrypted. */
@MappedEntity("authorization_request")
record AuthorizationRequestRow(
        @Id String state,
        byte[] pkceVerifierEnc,
        String redirectUri,
        @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant createdAt,
        @Nullable @TypeDef(type = DataType.STRING, converter = UtcDateTimeConverter.class) Instant consumedAt,
        @Nullable String browserBindingHash,
        @Nullable String connectSessionId) {

    @Override
    public String toString() {
        return "AuthorizationRequestRow[***]";
    }
}
