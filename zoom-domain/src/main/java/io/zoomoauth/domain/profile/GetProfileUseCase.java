package io.zoomoauth.domain.profile;

import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.users.ZoomUser;

/** In-port: a connected user's Zoom profile, read with their own grant. */
public interface GetProfileUseCase {

    ZoomUser profile(ZoomUserId userId);
}
