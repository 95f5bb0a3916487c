package io.zoomoauth.adapters.http.users;

import io.zoomoauth.adapters.http.support.ApiPath;
import io.zoomoauth.adapters.http.support.ZoomApi;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUser;
import io.zoomoauth.domain.users.ZoomUsersPort;
import jakarta.inject.Singleton;
import java.util.Map;

/** Zoom's users API over {@link ZoomApi}. */
@Singleton
public class ZoomUsersAdapter implements ZoomUsersPort {

    private static final ApiPath ME = ApiPath.of("/users/me");

    private final ZoomApi api;

    public ZoomUsersAdapter(ZoomApi api) {
        this.api = api;
    }

    @Override
    public ZoomUser me(AccessToken accessToken) {
        return api.get(accessToken, ME, Map.of(), ZoomUserMapper::toUser);
    }
}
