package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.access.AccessTokenService;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.connect.ConnectError;
import io.zoomoauth.domain.connect.ConnectSession;
import io.zoomoauth.domain.connect.ConnectSessionStatus;
import io.zoomoauth.domain.connect.ConnectSessionStore;
import io.zoomoauth.domain.connections.ConnectionView;
import io.zoomoauth.domain.error.AuthorizationStateRejected;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.error.ZoomBusy;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.grant.ConnectionLink;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantEvents;
import io.zoomoauth.domain.grant.GrantOwner;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import io.zoomoauth.domain.token.TokenSet;
import io.zoomoauth.domain.users.ZoomUser;
import io.zoomoauth.domain.users.ZoomUsersPort;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Consumes the one-time state (which must come back in the browser that started it), exchanges the code with its
 * PKCE verifier, identifies the user with {@code users/me} and stores the grant (replacing an earlier one of the
 * same user), linked to the connect session's external user. A connect session ends with the first callback.
 */
public final class CompleteAuthorizationService implements CompleteAuthorizationUseCase {

    private final AuthorizationRequestStore requests;
    private final ConnectSessionStore sessions;
    private final ZoomOAuthPort oauth;
    private final ZoomUsersPort users;
    private final GrantStore grants;
    private final AccessTokenService tokens;
    private final Clock clock;
    private final GrantEvents events;

    public CompleteAuthorizationService(AuthorizationRequestStore requests, ConnectSessionStore sessions,
                                        ZoomOAuthPort oauth, ZoomUsersPort users, GrantStore grants,
                                        AccessTokenService tokens, Clock clock) {
        this.requests = Check.notNull(requests, "requests");
        this.sessions = Check.notNull(sessions, "sessions");
        this.oauth = Check.notNull(oauth, "oauth");
        this.users = Check.notNull(users, "users");
        this.grants = Check.notNull(grants, "grants");
        this.tokens = Check.notNull(tokens, "tokens");
        this.clock = Check.notNull(clock, "clock");
        this.events = new GrantEvents(clock, RandomSource.secure());
    }

    @Override
    public CallbackOutcome complete(CompleteAuthorizationCommand command) {
        AuthorizationRequest request = consume(command);
        Optional<ConnectSession> session = request.sessionId().map(id -> sessions.find(id)
                .orElseThrow(() -> new AuthorizationStateRejected("unknown or already used")));
        Optional<ConnectError> refusal = session.flatMap(ConnectSession::refusalToComplete);
        if (refusal.isPresent()) {
            return new CallbackOutcome.Failed(refusal.get(), Optional.empty(), Optional.empty(), session);
        }
        if (command.zoomError().isPresent()) {
            String zoomError = command.zoomError().get();
            return failed(session, "access_denied".equals(zoomError) ? ConnectError.ACCESS_DENIED
                    : ConnectError.AUTHORIZATION_FAILED, command.zoomError(), Optional.empty());
        }
        try {
            ConnectionView connected = connect(request, command.code().orElseThrow(), session);
            session.ifPresent(s -> sessions.finish(s.id(), ConnectSessionStatus.COMPLETED,
                    Optional.of(connected.userId()), Optional.empty(), clock.instant()));
            return new CallbackOutcome.Connected(connected, session);
        } catch (DomainFailure failure) {
            ConnectError error = failure instanceof ZoomUnavailable || failure instanceof ZoomBusy ? ConnectError.ZOOM_UNAVAILABLE
                    : ConnectError.AUTHORIZATION_FAILED;
            return failed(session, error, Optional.empty(), Optional.of(failure));
        }
    }

    private ConnectionView connect(AuthorizationRequest request, String code, Optional<ConnectSession> session) {
        TokenSet tokenSet = oauth.exchangeCode(code, request.verifier(), request.redirectUri());
        ZoomUser user;
        try {
            user = users.me(tokenSet.accessToken());
        } catch (RuntimeException e) {
            // We cannot tell whose tokens these are, so we cannot keep them: give them back to Zoom.
            revokeQuietly(tokenSet);
            throw e;
        }
        GrantOwner owner = new GrantOwner(user.id(), user.accountId(), user.email(), user.nameToShow());
        ConnectionLink link = session.map(s -> ConnectionLink.to(s.externalUserId(), s.tags())).orElse(ConnectionLink.NONE);
        Optional<String> sessionId = session.map(s -> s.id().value());
        // Replacing an earlier grant (also a REAUTHORIZATION_REQUIRED one, through a session) is a reconnect.
        Grant stored = grants.saveConnected(Grant.connect(owner, tokenSet, clock.instant(), link),
                (grant, replacedEarlier) -> events.connected(grant, replacedEarlier, sessionId));
        tokens.forget(stored.userId());
        tokens.remember(stored);
        return ConnectionView.of(stored);
    }

    private CallbackOutcome failed(Optional<ConnectSession> session, ConnectError error, Optional<String> zoomError,
                                   Optional<DomainFailure> cause) {
        session.ifPresent(s -> sessions.finish(s.id(), ConnectSessionStatus.FAILED, Optional.empty(), Optional.of(error),
                clock.instant()));
        return new CallbackOutcome.Failed(error, zoomError, cause, session);
    }

    private AuthorizationRequest consume(CompleteAuthorizationCommand command) {
        if (!AuthorizationState.isWellFormed(command.state())) {
            throw new AuthorizationStateRejected("unknown");
        }
        Instant now = clock.instant();
        AuthorizationRequest request = requests.consume(new AuthorizationState(command.state()), now)
                .orElseThrow(() -> new AuthorizationStateRejected("unknown or already used"));
        if (request.isExpired(now)) {
            throw new AuthorizationStateRejected("expired");
        }
        if (!request.isBoundTo(command.browserBinding())) {
            // RFC 9700 section 4.7: a state from another browser is a login/account-linking CSRF attempt.
            throw new AuthorizationStateRejected("not from the browser that started it");
        }
        return request;
    }

    private void revokeQuietly(TokenSet tokenSet) {
        try {
            oauth.revoke(tokenSet.accessToken());
        } catch (RuntimeException ignored) {
            // The user sees the original failure; a revoke that fails leaves tokens Zoom expires on its own.
        }
    }
}
