package io.zoomoauth.domain.authorization;

/** In-port: finish connecting a Zoom account from the OAuth callback. */
public interface CompleteAuthorizationUseCase {

    /**
     * Failures after the state was found genuine (Zoom's error, a refused code, a used session) are outcomes, so the
     * browser can be sent back to the session's return URL; a state that is not genuine is not.
     *
     * @throws io.zoomoauth.domain.error.AuthorizationStateRejected unknown, expired or used state, or one that came
     *                                                              from another browser (Zoom not called)
     */
    CallbackOutcome complete(CompleteAuthorizationCommand command);
}
