package io.zoomoauth.adapters.http.users;

import io.zoomoauth.adapters.http.support.ZoomCalls;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUser;
import io.zoomoauth.domain.users.ZoomUsersPort;
import jakarta.inject.Singleton;

/** Zoom's users API over the declarative {@link ZoomUsersClient}. */
@Singleton
public class ZoomUsersAdapter implements ZoomUsersPort {

    private final ZoomUsersClient client;
    private final ZoomCalls calls;

    ZoomUsersAdapter(ZoomUsersClient client, ZoomCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    @Override
    public ZoomUser me(AccessToken accessToken) {
        return calls.read(() -> client.me(ZoomCalls.bearer(accessToken)), UserJson::toUser);
    }
}
