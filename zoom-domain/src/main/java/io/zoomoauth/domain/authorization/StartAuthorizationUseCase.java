package io.zoomoauth.domain.authorization;

/** In-port: begin connecting a Zoom account (a fresh one-time state and PKCE pair each time). */
public interface StartAuthorizationUseCase {

    AuthorizationRedirect start(StartAuthorizationCommand command);
}
