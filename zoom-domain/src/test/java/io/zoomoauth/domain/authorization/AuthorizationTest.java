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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.zoomoauth.domain.connect.ConnectError;
import io.zoomoauth.domain.connect.ConnectSessionStatus;
import io.zoomoauth.domain.connect.ConnectSessionsService;
import io.zoomoauth.domain.connect.CreateConnectSessionCommand;
import io.zoomoauth.domain.connect.CreatedConnectSession;
import io.zoomoauth.domain.connect.ReturnUrlAllowList;
import io.zoomoauth.domain.grant.ConnectionTags;
import io.zoomoauth.domain.grant.ExternalUserId;
import io.zoomoauth.domain.testing.InMemoryConnectSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

    private static final URI REDIRECT = URI.create("https://app.example/oauth/callback");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryAuthorizationRequests requests = new InMemoryAuthorizationRequests();
    private final InMemoryGrantStore grants = new InMemoryGrantStore();
    private final InMemoryConnectSessions sessions = new InMemoryConnectSessions();
    private static final BrowserBinding BROWSER = BrowserBinding.random(RandomSource.secure());
    private static final StartAuthorizationCommand IN_THIS_BROWSER = new StartAuthorizationCommand(BROWSER, Optional.empty());
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
        complete = new CompleteAuthorizationService(requests, sessions, oauth, users, grants, tokens, clock);
        when(users.me(any())).thenReturn(new ZoomUser(Fixtures.USER, Fixtures.ACCOUNT, "ada@example.com", "Ada",
                "Lovelace", "", Map.of("type", 1)));
    }

    @Test
    void pendingAuthorizationsAreCappedUntilOneIsUsedOrExpires() {
        StartAuthorizationService capped = new StartAuthorizationService(requests, oauth, REDIRECT, clock,
                RandomSource.secure(), 2);
        capped.start(IN_THIS_BROWSER);
        String second = stateOf(capped.start(IN_THIS_BROWSER));

        assertThatThrownBy(() -> capped.start(IN_THIS_BROWSER)).isInstanceOf(ServiceBusy.class).hasMessageContaining("Too many sign-ins");
        complete.complete(CompleteAuthorizationCommand.withCode(second, "code", Optional.of(BROWSER)));
        capped.start(IN_THIS_BROWSER);
        assertThatThrownBy(() -> capped.start(IN_THIS_BROWSER)).isInstanceOf(ServiceBusy.class);
        clock.advance(AuthorizationRequest.VALIDITY);
        assertThat(capped.start(IN_THIS_BROWSER)).isNotNull();
    }

    @Test
    void requestIsValidForTenMinutesExclusive() {
        AuthorizationRequest request = AuthorizationRequest.start(REDIRECT, T0, RandomSource.secure());
        assertThat(request.isExpired(T0.plus(Duration.ofMinutes(10)).minusNanos(1))).isFalse();
        assertThat(request.isExpired(T0.plus(Duration.ofMinutes(10)))).isTrue();
    }

    @Test
    void startStoresTheRequestAndSendsItsS256Challenge() {
        AuthorizationRedirect redirect = start.start(IN_THIS_BROWSER);
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
        start.start(IN_THIS_BROWSER);
        start.start(IN_THIS_BROWSER);
        assertThat(requests.requests.values().stream().map(AuthorizationRequest::verifier).map(PkceVerifier::value)
                .distinct()).hasSize(2);
    }

    @Test
    void completeStoresTheGrantOfTheUserZoomNames() {
        String state = stateOf(start.start(IN_THIS_BROWSER));
        ConnectionView view = connected(complete.complete(CompleteAuthorizationCommand.withCode(state, "code-1", Optional.of(BROWSER))));
        assertThat(view.userId()).isEqualTo(Fixtures.USER);
        assertThat(view.displayName()).isEqualTo("Ada Lovelace");
        assertThat(view.status()).isEqualTo(GrantStatus.ACTIVE);
        assertThat(grants.find(Fixtures.USER)).isPresent();
    }

    @Test
    void stateWorksOnlyOnce() {
        String state = stateOf(start.start(IN_THIS_BROWSER));
        complete.complete(CompleteAuthorizationCommand.withCode(state, "code-1", Optional.of(BROWSER)));
        assertThatThrownBy(() -> complete.complete(CompleteAuthorizationCommand.withCode(state, "code-2", Optional.of(BROWSER))))
                .isInstanceOf(AuthorizationStateRejected.class);
    }

    @Test
    void unknownStateIsRejectedWithoutCallingZoom() {
        OAuthSpy spy = new OAuthSpy();
        CompleteAuthorizationService strict = new CompleteAuthorizationService(requests, sessions, spy, users, grants,
                tokensFor(spy), clock);
        assertThatThrownBy(() -> strict.complete(CompleteAuthorizationCommand.withCode("a".repeat(43), "code", Optional.of(BROWSER))))
                .isInstanceOf(AuthorizationStateRejected.class);
        assertThatThrownBy(() -> strict.complete(CompleteAuthorizationCommand.withCode("bad&state", "code", Optional.of(BROWSER))))
                .isInstanceOf(AuthorizationStateRejected.class);
        assertThat(spy.calls).isZero();
    }

    @Test
    void expiredStateIsRejectedWithoutCallingZoom() {
        OAuthSpy spy = new OAuthSpy();
        StartAuthorizationService starter = new StartAuthorizationService(requests, spy, REDIRECT, clock,
                RandomSource.secure(), 1000);
        CompleteAuthorizationService strict = new CompleteAuthorizationService(requests, sessions, spy, users, grants,
                tokensFor(spy), clock);
        String state = stateOf(starter.start(IN_THIS_BROWSER));
        int callsAfterStart = spy.calls;
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> strict.complete(CompleteAuthorizationCommand.withCode(state, "code", Optional.of(BROWSER))))
                .isInstanceOf(AuthorizationStateRejected.class).hasMessageContaining("expired");
        assertThat(spy.calls).isEqualTo(callsAfterStart);
    }

    @Test
    void rejectedCodeIsReported() {
        OAuthSpy spy = new OAuthSpy();
        spy.exchangeFailure = new AuthorizationCodeRejected("4733 code expired", "t-1");
        CompleteAuthorizationService strict = new CompleteAuthorizationService(requests, sessions, spy, users, grants,
                tokensFor(spy), clock);
        String state = stateOf(start.start(IN_THIS_BROWSER));
        CallbackOutcome outcome = strict.complete(CompleteAuthorizationCommand.withCode(state, "code", Optional.of(BROWSER)));
        assertThat(outcome).isInstanceOfSatisfying(CallbackOutcome.Failed.class, failed -> {
            assertThat(failed.error()).isEqualTo(ConnectError.AUTHORIZATION_FAILED);
            assertThat(failed.cause()).containsInstanceOf(AuthorizationCodeRejected.class);
        });
        assertThat(grants.find(Fixtures.USER)).isEmpty();
    }

    @Test
    void tokensOfAnUnidentifiedUserAreRevoked() {
        when(users.me(any())).thenThrow(new ZoomUnavailable("down"));
        String state = stateOf(start.start(IN_THIS_BROWSER));
        assertThat(complete.complete(CompleteAuthorizationCommand.withCode(state, "code", Optional.of(BROWSER))))
                .isInstanceOfSatisfying(CallbackOutcome.Failed.class,
                        failed -> assertThat(failed.error()).isEqualTo(ConnectError.ZOOM_UNAVAILABLE));
        assertThat(oauth.revoked).hasSize(1);
        assertThat(grants.find(Fixtures.USER)).isEmpty();
    }

    @Test
    void reconnectingReplacesTheGrantWithAHigherVersion() {
        complete.complete(CompleteAuthorizationCommand.withCode(stateOf(start.start(IN_THIS_BROWSER)), "code-1", Optional.of(BROWSER)));
        long first = grants.find(Fixtures.USER).orElseThrow().version();
        String firstRefresh = grants.find(Fixtures.USER).orElseThrow().tokens().refreshToken().value();
        complete.complete(CompleteAuthorizationCommand.withCode(stateOf(start.start(IN_THIS_BROWSER)), "code-2", Optional.of(BROWSER)));
        assertThat(grants.find(Fixtures.USER).orElseThrow().version()).isGreaterThan(first);
        assertThat(grants.find(Fixtures.USER).orElseThrow().tokens().refreshToken().value()).isNotEqualTo(firstRefresh);
    }

    @Test
    void aStateThatComesBackInAnotherBrowserIsRejectedWithoutCallingZoom() {
        OAuthSpy spy = new OAuthSpy();
        StartAuthorizationService starter = new StartAuthorizationService(requests, spy, REDIRECT, clock,
                RandomSource.secure(), 1000);
        CompleteAuthorizationService strict = new CompleteAuthorizationService(requests, sessions, spy, users, grants,
                tokensFor(spy), clock);
        String forged = stateOf(starter.start(IN_THIS_BROWSER));
        String missing = stateOf(starter.start(IN_THIS_BROWSER));
        int callsAfterStart = spy.calls;
        BrowserBinding other = BrowserBinding.random(RandomSource.secure());
        assertThatThrownBy(() -> strict.complete(CompleteAuthorizationCommand.withCode(forged, "code", Optional.of(other))))
                .isInstanceOf(AuthorizationStateRejected.class).hasMessageContaining("browser");
        assertThatThrownBy(() -> strict.complete(CompleteAuthorizationCommand.withCode(missing, "code", Optional.empty())))
                .isInstanceOf(AuthorizationStateRejected.class);
        assertThat(spy.calls).isEqualTo(callsAfterStart);
    }

    @Test
    void aSessionsFlowLinksTheGrantToTheExternalUserAndUsesTheSessionUp() {
        ConnectSessionsService connectSessions = new ConnectSessionsService(sessions,
                new ReturnUrlAllowList(List.of("https://app.example.com/zoom")), Duration.ofMinutes(30), clock,
                RandomSource.secure());
        OpenConnectLinkService links = new OpenConnectLinkService(sessions, start, clock);
        CreatedConnectSession created = connectSessions.create(new CreateConnectSessionCommand(
                new ExternalUserId("org-user-1"), Optional.of("https://app.example.com/zoom/done"),
                new ConnectionTags(Map.of("plan", "pro"))));
        OpenConnectLinkUseCase.LinkOutcome first = links.open(created.token().value(), BROWSER);
        OpenConnectLinkUseCase.LinkOutcome again = links.open(created.token().value(), BROWSER);
        assertThat(again).as("a second click restarts the flow").isInstanceOf(OpenConnectLinkUseCase.LinkOutcome.Started.class);

        ConnectionView view = connected(complete.complete(CompleteAuthorizationCommand.withCode(
                stateOf(((OpenConnectLinkUseCase.LinkOutcome.Started) again).redirect()), "code-1", Optional.of(BROWSER))));

        assertThat(view.link().externalUserId()).contains(new ExternalUserId("org-user-1"));
        assertThat(grants.find(Fixtures.USER).orElseThrow().tags()).containsEntry("plan", "pro");
        assertThat(connectSessions.get(created.session().id()).orElseThrow().statusAt(clock.instant()))
                .isEqualTo(ConnectSessionStatus.COMPLETED);
        assertThat(complete.complete(CompleteAuthorizationCommand.withCode(
                stateOf(((OpenConnectLinkUseCase.LinkOutcome.Started) first).redirect()), "code-2", Optional.of(BROWSER))))
                .as("the earlier tab's flow finds the session used up")
                .isInstanceOfSatisfying(CallbackOutcome.Failed.class,
                        failed -> assertThat(failed.error()).isEqualTo(ConnectError.SESSION_USED));
        assertThat(links.open(created.token().value(), BROWSER))
                .isInstanceOfSatisfying(OpenConnectLinkUseCase.LinkOutcome.Refused.class,
                        refused -> assertThat(refused.error()).isEqualTo(ConnectError.SESSION_USED));
    }

    private static ConnectionView connected(CallbackOutcome outcome) {
        assertThat(outcome).isInstanceOf(CallbackOutcome.Connected.class);
        return ((CallbackOutcome.Connected) outcome).connection();
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
