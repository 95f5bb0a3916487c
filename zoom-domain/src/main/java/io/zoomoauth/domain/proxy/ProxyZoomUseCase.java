package io.zoomoauth.domain.proxy;

import io.zoomoauth.domain.users.ZoomUserRef;

/** In-port: any Zoom API request on behalf of a user, with the user's grant or the Server-to-Server token. */
public interface ProxyZoomUseCase {

    /** The caller must close the answer. */
    ProxyResponse forward(ZoomUserRef user, ProxyRequest request);
}
