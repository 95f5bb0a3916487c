package io.zoomoauth.domain.profile;

import io.zoomoauth.domain.access.ZoomApiAccess;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.users.ZoomUser;
import io.zoomoauth.domain.users.ZoomUsersPort;

/** {@code users/me} with the user's own token (an account token would describe the account's owner). */
public final class ProfileService implements GetProfileUseCase {

    private final ZoomApiAccess access;
    private final ZoomUsersPort users;

    public ProfileService(ZoomApiAccess access, ZoomUsersPort users) {
        this.access = Check.notNull(access, "access");
        this.users = Check.notNull(users, "users");
    }

    @Override
    public ZoomUser profile(ZoomUserId userId) {
        return access.asUser(userId, (token, me) -> users.me(token));
    }
}
