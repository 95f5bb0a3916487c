package io.zoomoauth.adapters.http.users;

import static io.zoomoauth.adapters.http.support.JsonFields.optionalString;
import static io.zoomoauth.adapters.http.support.JsonFields.requiredString;

import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.users.ZoomUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code GET /users/me}'s JSON → {@link ZoomUser}; every field not typed goes to {@code otherFields}. */
final class ZoomUserMapper {

    static final Set<String> TYPED_FIELDS =
            Set.of("id", "account_id", "email", "first_name", "last_name", "display_name");

    private ZoomUserMapper() {
    }

    static ZoomUser toUser(Map<String, Object> json) {
        Map<String, Object> others = new LinkedHashMap<>();
        json.forEach((name, value) -> {
            // ZoomUser keeps an immutable Map.copyOf, which cannot hold JSON nulls: a null field is left out.
            if (!TYPED_FIELDS.contains(name) && value != null) {
                others.put(name, value);
            }
        });
        return new ZoomUser(
                new ZoomUserId(requiredString(json, "id")),
                new ZoomAccountId(requiredString(json, "account_id")),
                optionalString(json, "email").orElse(""),
                optionalString(json, "first_name").orElse(""),
                optionalString(json, "last_name").orElse(""),
                optionalString(json, "display_name").orElse(""),
                others);
    }
}
