package io.zoomoauth.domain.authorization;

import static io.zoomoauth.domain.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.zoomoauth.domain.access.AccessTokenService;
import io.zoomoauth.domain.access.RefreshSettings;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.common.Sleeper;
import io.zoomoauth.domain.access.TokenEvents;
import io.zoomoauth.domain.connections.ConnectionView;
import io.zoomoauth.domain.error.AuthorizationCodeRejected;
import io.zoomoauth.domain.error.AuthorizationStateRejected;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.error.ServiceBusy;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.oauth.PkceVerifier;
import io.zoomoauth.domain.testing.Fixtures;
import io.zoomoauth.domain.testing.InMemoryAuthorizationRequests;
import io.zoomoauth.domain.testing.InMemoryGrantStore;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.domain.testing.RotatingOAuth;
import io.zoomoauth.domain.token.TokenPolicy;
import io.zoomoauth.domain.users.ZoomUser;
import io.zoomoauth.domain.users.ZoomUsersPort;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

    private static final URI REDIRECT = URI.create("https://app.example/oauth/callback");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryAuthorizationRequests requests = new InMemoryAuthorizationRequests();
    private final InMemoryGrantStore grants = new InMemoryGrantStore();
    private final ZoomUsersPort users = mock(ZoomUsersPort.class);
    private RotatingOAuth oauth;
    private StartAuthorizationService start;
    private CompleteAuthorizationService complete;

    @BeforeEach
    void setUp() {
        oauth = new RotatingOAuth(clock, "unused");
        AccessTokenService tokens = new AccessTokenService(grants, oauth, TokenPolicy.defaults(),
                RefreshSettings.defaults("test"), clock, RandomSource.secure(), Sleeper.threadSleep(), TokenEvents.NONE);
        start = new StartAuthorizationService(requests, oauth, REDIRECT, clock, RandomSource.secure(), 1000);
        complete = new CompleteAuthorizationService(requests, oauth, users, grants, tokens, clock);
        when(users.me(any())).thenReturn(new ZoomUser(Fixtures.USER, Fixtures.ACCOUNT, "ada@example.com", "Ada",
                "Lovelace", "", Map.of("type", 1)));
    }

    @Test
    void pendingAuthorizationsAreCappedUntilOneIsUsedOrExpires() {
        StartAuthorizationService capped = new StartAuthorizationService(requests, oauth, REDIRECT, clock,
                RandomSource.secure(), 2);
        capped.start();
        String second = stateOf(capped.start());

        assertThatThrownBy(capped::start).isInstanceOf(ServiceBusy.class).hasMessageContaining("Too many sign-ins");
        complete.complete(new CompleteAuthorizationCommand(second, "code"));
        capped.start();
        assertThatThrownBy(capped::start).isInstanceOf(ServiceBusy.class);
        clock.advance(AuthorizationRequest.VALIDITY);
        assertThat(capped.start()).isNotNull();
    }

    @Test
    void requestIsValidForTenMinutesExclusive() {
        AuthorizationRequest request = AuthorizationRequest.start(REDIRECT, T0, RandomSource.secure());
        assertThat(request.isExpired(T0.plus(Duration.ofMinutes(10)).minusNanos(1))).isFalse();
        assertThat(request.isExpired(T0.plus(Duration.ofMinutes(10)))).isTrue();
    }

    @Test
    void startStoresTheRequestAndSendsItsS256Challenge() {
        AuthorizationRedirect redirect = start.start();
        assertThat(requests.requests).hasSize(1);
        AuthorizationRequest stored = requests.requests.values().iterator().next();
        assertThat(redirect.location().toString())
                .contains("state=" + stored.state().value())
                .contains("code_challenge=" + stored.verifier().s256Challenge())
                .doesNotContain(stored.verifier().value());
        assertThat(redirect.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void eachStartHasItsOwnStateAndVerifier() {
        start.start();
        start.start();
        assertThat(requests.requests.values().stream().map(AuthorizationRequest::verifier).map(PkceVerifier::value)
                .distinct()).hasSize(2);
    }

    @Test
    void completeStoresTheGrantOfTheUserZoomNames() {
        String state = stateOf(start.start());
        ConnectionView view = complete.complete(new CompleteAuthorizationCommand(state, "code-1"));
        assertThat(view.userId()).isEqualTo(Fixtures.USER);
        assertThat(view.displayName()).isEqualTo("Ada Lovelace");
        assertThat(view.status()).isEqualTo(GrantStatus.ACTIVE);
        assertThat(grants.find(Fixtures.USER)).isPresent();
    }

    @Test
    void stateWorksOnlyOnce() {
        String state = stateOf(start.start());
        complete.complete(new CompleteAuthorizationCommand(state, "code-1"));
        assertThatThrownBy(() -> complete.complete(new CompleteAuthorizationCommand(state, "code-2")))
                .isInstanceOf(AuthorizationStateRejected.class);
    }

    @Test
    void unknownStateIsRejectedWithoutCallingZoom() {
        OAuthSpy spy = new OAuthSpy();
        CompleteAuthorizationService strict = new CompleteAuthorizationService(requests, spy, users, grants,
                tokensFor(spy), clock);
        assertThatThrownBy(() -> strict.complete(new CompleteAuthorizationCommand("a".repeat(43), "code")))
                .isInstanceOf(AuthorizationStateRejected.class);
        assertThatThrownBy(() -> strict.complete(new CompleteAuthorizationCommand("bad&state", "code")))
                .isInstanceOf(AuthorizationStateRejected.class);
        assertThat(spy.calls).isZero();
    }

    @Test
    void expiredStateIsRejectedWithoutCallingZoom() {
        OAuthSpy spy = new OAuthSpy();
        StartAuthorizationService starter = new StartAuthorizationService(requests, spy, REDIRECT, clock,
                RandomSource.secure(), 1000);
        CompleteAuthorizationService strict = new CompleteAuthorizationService(requests, spy, users, grants,
                tokensFor(spy), clock);
        String state = stateOf(starter.start());
        int callsAfterStart = spy.calls;
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> strict.complete(new CompleteAuthorizationCommand(state, "code")))
                .isInstanceOf(AuthorizationStateRejected.class).hasMessageContaining("expired");
        assertThat(spy.calls).isEqualTo(callsAfterStart);
    }

    @Test
    void rejectedCodeIsReported() {
        OAuthSpy spy = new OAuthSpy();
        spy.exchangeFailure = new AuthorizationCodeRejected("4733 code expired", "t-1");
        CompleteAuthorizationService strict = new CompleteAuthorizationService(requests, spy, users, grants,
                tokensFor(spy), clock);
        String state = stateOf(start.start());
        assertThatThrownBy(() -> strict.complete(new CompleteAuthorizationCommand(state, "code")))
                .isInstanceOf(AuthorizationCodeRejected.class);
        assertThat(grants.find(Fixtures.USER)).isEmpty();
    }

    @Test
    void tokensOfAnUnidentifiedUserAreRevoked() {
        when(users.me(any())).thenThrow(new ZoomUnavailable("down"));
        String state = stateOf(start.start());
        assertThatThrownBy(() -> complete.complete(new CompleteAuthorizationCommand(state, "code")))
                .isInstanceOf(ZoomUnavailable.class);
        assertThat(oauth.revoked).hasSize(1);
        assertThat(grants.find(Fixtures.USER)).isEmpty();
    }

    @Test
    void reconnectingReplacesTheGrantWithAHigherVersion() {
        complete.complete(new CompleteAuthorizationCommand(stateOf(start.start()), "code-1"));
        long first = grants.find(Fixtures.USER).orElseThrow().version();
        String firstRefresh = grants.find(Fixtures.USER).orElseThrow().tokens().refreshToken().value();
        complete.complete(new CompleteAuthorizationCommand(stateOf(start.start()), "code-2"));
        assertThat(grants.find(Fixtures.USER).orElseThrow().version()).isGreaterThan(first);
        assertThat(grants.find(Fixtures.USER).orElseThrow().tokens().refreshToken().value()).isNotEqualTo(firstRefresh);
    }

    private AccessTokenService tokensFor(io.zoomoauth.domain.oauth.ZoomOAuthPort port) {
        return new AccessTokenService(grants, port, TokenPolicy.defaults(), RefreshSettings.defaults("test"), clock,
                RandomSource.secure(), Sleeper.threadSleep(), TokenEvents.NONE);
    }

    private String stateOf(AuthorizationRedirect redirect) {
        String query = redirect.location().getQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith("state=")) {
                return pair.substring("state=".length());
            }
        }
        throw new AssertionError("no state in " + query);
    }

    /** Counts every call that would reach Zoom. */
    private final class OAuthSpy extends io.zoomoauth.domain.testing.CountingOAuth {
        OAuthSpy() {
            super(clock);
        }
    }
}
