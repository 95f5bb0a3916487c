package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.connections.ConnectionView;

/** In-port: finish connecting a Zoom account from the OAuth callback. */
public interface CompleteAuthorizationUseCase {

    /**
     * @throws io.zoomoauth.domain.error.AuthorizationStateRejected unknown, expired or used state (Zoom not called)
     * @throws io.zoomoauth.domain.error.AuthorizationCodeRejected  Zoom refused the code: start again
     */
    ConnectionView complete(CompleteAuthorizationCommand command);
}
