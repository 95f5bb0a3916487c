package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.access.AccessTokenService;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.connections.ConnectionView;
import io.zoomoauth.domain.error.AuthorizationStateRejected;
import io.zoomoauth.domain.common.RandomSource;
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

/**
 * Consumes the one-time state, exchanges the code with its PKCE verifier, identifies the user with
 * {@code users/me} and stores the grant (replacing an earlier one of the same user).
 */
public final class CompleteAuthorizationService implements CompleteAuthorizationUseCase {

    private final AuthorizationRequestStore requests;
    private final ZoomOAuthPort oauth;
    private final ZoomUsersPort users;
    private final GrantStore grants;
    private final AccessTokenService tokens;
    private final Clock clock;
    private final GrantEvents events;

    public CompleteAuthorizationService(AuthorizationRequestStore requests, ZoomOAuthPort oauth, ZoomUsersPort users,
                                        GrantStore grants, AccessTokenService tokens, Clock clock) {
        this.requests = Check.notNull(requests, "requests");
        this.oauth = Check.notNull(oauth, "oauth");
        this.users = Check.notNull(users, "users");
        this.grants = Check.notNull(grants, "grants");
        this.tokens = Check.notNull(tokens, "tokens");
        this.clock = Check.notNull(clock, "clock");
        this.events = new GrantEvents(clock, RandomSource.secure());
    }

    @Override
    public ConnectionView complete(CompleteAuthorizationCommand command) {
        AuthorizationRequest request = consume(command.state());
        TokenSet tokenSet = oauth.exchangeCode(command.code(), request.verifier(), request.redirectUri());
        ZoomUser user;
        try {
            user = users.me(tokenSet.accessToken());
        } catch (RuntimeException e) {
            // We cannot tell whose tokens these are, so we cannot keep them: give them back to Zoom.
            revokeQuietly(tokenSet);
            throw e;
        }
        GrantOwner owner = new GrantOwner(user.id(), user.accountId(), user.email(), user.nameToShow());
        Grant stored = grants.saveConnected(Grant.connect(owner, tokenSet, clock.instant()), events::connected);
        tokens.forget(stored.userId());
        tokens.remember(stored);
        return ConnectionView.of(stored);
    }

    private AuthorizationRequest consume(String state) {
        if (!AuthorizationState.isWellFormed(state)) {
            throw new AuthorizationStateRejected("unknown");
        }
        Instant now = clock.instant();
        AuthorizationRequest request = requests.consume(new AuthorizationState(state), now)
                .orElseThrow(() -> new AuthorizationStateRejected("unknown or already used"));
        if (request.isExpired(now)) {
            throw new AuthorizationStateRejected("expired");
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
