package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import java.net.URI;
import io.zoomoauth.domain.error.ServiceBusy;
import java.time.Clock;
import java.time.Instant;

/**
 * Stores a new authorization request and builds Zoom's consent URL with its state and S256 challenge. Anyone may
 * start one, and each can make us call Zoom's token endpoint, so the number pending at once is capped.
 */
public final class StartAuthorizationService implements StartAuthorizationUseCase {

    private final AuthorizationRequestStore requests;
    private final ZoomOAuthPort oauth;
    private final URI redirectUri;
    private final Clock clock;
    private final RandomSource random;
    private final long maxPending;

    public StartAuthorizationService(AuthorizationRequestStore requests, ZoomOAuthPort oauth, URI redirectUri,
                                     Clock clock, RandomSource random, long maxPending) {
        this.requests = Check.notNull(requests, "requests");
        this.oauth = Check.notNull(oauth, "oauth");
        this.redirectUri = Check.notNull(redirectUri, "redirectUri");
        this.clock = Check.notNull(clock, "clock");
        this.random = Check.notNull(random, "random");
        if (maxPending < 1) {
            throw new IllegalArgumentException("maxPending must be positive");
        }
        this.maxPending = maxPending;
    }

    @Override
    public AuthorizationRedirect start(StartAuthorizationCommand command) {
        Check.notNull(command, "command");
        Instant now = clock.instant();
        if (requests.countPending(now.minus(AuthorizationRequest.VALIDITY)) >= maxPending) {
            throw new ServiceBusy("Too many sign-ins are in progress right now; try again in a few minutes");
        }
        AuthorizationRequest request = AuthorizationRequest.start(redirectUri, now, random, command.binding(),
                command.sessionId());
        requests.save(request);
        URI location = oauth.authorizationUri(request.state(), request.verifier().s256Challenge(), redirectUri);
        return new AuthorizationRedirect(location, request.expiresAt());
    }
}
