package io.zoomoauth.adapters.http.users;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.users.ZoomUser;
import java.util.Map;

/** Zoom's user object; every field not typed here is kept in {@code otherFields}. */
@Serdeable(naming = SnakeCaseStrategy.class)
record UserJson(@Nullable String id, @Nullable String accountId, @Nullable String email, @Nullable String firstName,
                @Nullable String lastName, @Nullable String displayName,
                @JsonAnySetter @JsonAnyGetter @Nullable Map<String, Object> otherFields) {

    ZoomUser toUser() {
        return new ZoomUser(new ZoomUserId(required(id, "id")), new ZoomAccountId(required(accountId, "account_id")),
                orEmpty(email), orEmpty(firstName), orEmpty(lastName), orEmpty(displayName),
                otherFields == null ? Map.of() : otherFields);
    }

    private static String required(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
