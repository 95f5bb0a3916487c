package io.zoomoauth.domain.users;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.util.Map;

/**
 * A Zoom user's profile ({@code GET /users/me}). The fields the service uses are typed; every other field
 * Zoom sends is kept, unchanged, in {@code otherFields}.
 */
public record ZoomUser(ZoomUserId id, ZoomAccountId accountId, String email, String firstName, String lastName,
                       String displayName, Map<String, Object> otherFields) {

    public ZoomUser {
        Check.notNull(id, "id");
        Check.notNull(accountId, "accountId");
        Check.notNull(email, "email");
        Check.notNull(firstName, "firstName");
        Check.notNull(lastName, "lastName");
        Check.notNull(displayName, "displayName");
        otherFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Check.notNull(otherFields, "otherFields")));
    }

    /** Zoom's display name, or first and last name when the profile has none. */
    public String nameToShow() {
        if (!displayName.isBlank()) {
            return displayName;
        }
        return (firstName + " " + lastName).trim();
    }
}
