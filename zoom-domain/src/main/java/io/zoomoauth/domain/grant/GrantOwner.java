package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Check;

/** Who granted access: the Zoom user as {@code GET /users/me} described them when they connected. */
public record GrantOwner(ZoomUserId userId, ZoomAccountId accountId, String email, String displayName) {

    public GrantOwner {
        Check.notNull(userId, "userId");
        Check.notNull(accountId, "accountId");
        Check.maxLength(email, 320, "email");
        Check.maxLength(displayName, 255, "displayName");
    }
}
