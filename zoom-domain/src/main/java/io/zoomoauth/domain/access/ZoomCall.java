package io.zoomoauth.domain.access;

import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUserRef;

/** One call to the Zoom API with a token, naming the user in the path as {@code user}. */
@FunctionalInterface
public interface ZoomCall<T> {

    T call(AccessToken token, ZoomUserRef user);
}
