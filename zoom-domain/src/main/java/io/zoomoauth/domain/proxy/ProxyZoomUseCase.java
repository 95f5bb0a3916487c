package io.zoomoauth.domain.proxy;

import io.zoomoauth.domain.users.ZoomUserRef;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** In-port: any Zoom API request on behalf of a user, with the user's grant or the Server-to-Server token. */
public interface ProxyZoomUseCase {

    /** The caller must close the answer. Blocks while a token is read, refreshed or Zoom answers. */
    ProxyResponse forward(ZoomUserRef user, ProxyRequest request);

    /**
     * Without blocking, when the user's own access token is in memory and not due: Zoom's answer as a stage (a 401
     * code 124 continues on the blocking executor: one refresh, one retry). Empty when the token is not at hand (not
     * cached, due, or the user has no grant): the caller then calls {@link #forward} on a thread that may block.
     */
    Optional<CompletionStage<ProxyResponse>> forwardCached(ZoomUserRef user, ProxyRequest request);
}
