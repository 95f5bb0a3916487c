package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import java.net.URI;
import java.time.Clock;

/** Stores a new authorization request and builds Zoom's consent URL with its state and S256 challenge. */
public final class StartAuthorizationService implements StartAuthorizationUseCase {

    private final AuthorizationRequestStore requests;
    private final ZoomOAuthPort oauth;
    private final URI redirectUri;
    private final Clock clock;
    private final RandomSource random;

    public StartAuthorizationService(AuthorizationRequestStore requests, ZoomOAuthPort oauth, URI redirectUri,
                                     Clock clock, RandomSource random) {
        this.requests = Check.notNull(requests, "requests");
        this.oauth = Check.notNull(oauth, "oauth");
        this.redirectUri = Check.notNull(redirectUri, "redirectUri");
        this.clock = Check.notNull(clock, "clock");
        this.random = Check.notNull(random, "random");
    }

    @Override
    public AuthorizationRedirect start(StartAuthorizationCommand command) {
        Check.notNull(command, "command");
        AuthorizationRequest request = AuthorizationRequest.start(redirectUri, clock.instant(), random, command.binding(),
                command.sessionId());
        requests.save(request);
        URI location = oauth.authorizationUri(request.state(), request.verifier().s256Challenge(), redirectUri);
        return new AuthorizationRedirect(location, request.expiresAt());
    }
}
