package io.zoomoauth.adapters.http.oauth;

import static io.zoomoauth.adapters.http.AdapterTestContext.CLIENT_ID;
import static io.zoomoauth.adapters.http.AdapterTestContext.REDIRECT_URI;
import static io.zoomoauth.adapters.http.AdapterTestContext.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.http.AdapterTestContext;
import io.zoomoauth.fake.Fault;
import io.zoomoauth.fake.FakeZoom;
import io.zoomoauth.domain.error.AuthorizationCodeRejected;
import io.zoomoauth.domain.error.InvalidClient;
import io.zoomoauth.domain.error.InvalidGrant;
import io.zoomoauth.domain.error.RateLimited;
import io.zoomoauth.domain.error.ZoomApiError;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.error.AccessTokenRejected;
import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.PkceVerifier;
import io.zoomoauth.domain.token.TokenSet;
import io.zoomoauth.domain.users.ZoomUsersPort;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZoomOAuthAdapterTest {

    private static AdapterTestContext zoom;
    private static ZoomOAuthAdapter oauth;
    private String userId;

    @BeforeAll
    static void start() {
        zoom = new AdapterTestContext();
        oauth = zoom.bean(ZoomOAuthAdapter.class);
    }

    @AfterAll
    static void stop() {
        zoom.close();
    }

    @BeforeEach
    void freshUser() {
        zoom.fake.clearFaults();
        zoom.fake.resetCounters();
        zoom.fake.registerApp(CLIENT_ID, AdapterTestContext.CLIENT_SECRET, REDIRECT_URI);
        userId = zoom.fake.addUser("ada" + System.nanoTime() + "@example.com", "Ada", "Lovelace");
    }

    @Test
    void authorizationUri_carriesEveryParameterEncoded() {
        AuthorizationState state = AuthorizationState.random(RandomSource.secure());
        PkceVerifier verifier = PkceVerifier.random(RandomSource.secure());
        URI redirect = URI.create("https://app.example.test/zoom/callback?env=a%20b&x=1");

        URI uri = oauth.authorizationUri(state, verifier.s256Challenge(), redirect);

        assertThat(uri.toString()).startsWith(zoom.fake.baseUrl() + "/oauth/authorize?");
        assertThat(queryParameter(uri, "response_type")).isEqualTo("code");
        assertThat(queryParameter(uri, "client_id")).isEqualTo(CLIENT_ID);
        assertThat(queryParameter(uri, "redirect_uri")).isEqualTo(redirect.toString());
        assertThat(queryParameter(uri, "state")).isEqualTo(state.value());
        assertThat(queryParameter(uri, "code_challenge")).isEqualTo(verifier.s256Challenge());
        assertThat(queryParameter(uri, "code_challenge_method")).isEqualTo("S256");
        assertThat(uri.getRawQuery()).doesNotContain(" ").contains("redirect_uri=https%3A%2F%2Fapp.example.test");
    }

    @Test
    void exchangeCode_returnsTokenSetWithAbsoluteExpiryFromTheClock() {
        Instant now = zoom.clock.instant();

        TokenSet tokens = zoom.connect(userId);

        assertThat(tokens.accessTokenExpiresAt()).isEqualTo(now.plusSeconds(3599));
        assertThat(tokens.refreshTokenIssuedAt()).isEqualTo(now);
        assertThat(tokens.scopes().contains("meeting:write:meeting")).isTrue();
        assertThat(tokens.accessToken().value()).hasSizeGreaterThan(600);
        assertThat(zoom.fake.tokenCalls("authorization_code")).isEqualTo(1);
    }

    @Test
    void exchangeCode_withUsedCode_failsWithAuthorizationCodeRejected() {
        PkceVerifier verifier = PkceVerifier.random(RandomSource.secure());
        String code = code(verifier);
        oauth.exchangeCode(code, verifier, REDIRECT_URI);

        assertThatThrownBy(() -> oauth.exchangeCode(code, verifier, REDIRECT_URI))
                .isInstanceOfSatisfying(AuthorizationCodeRejected.class, e -> {
                    assertThat(e.zoomReason()).isEqualTo("Invalid authorization code");
                    assertThat(e.trackingId()).isPresent();
                    assertThat(e.getMessage()).doesNotContain(code);
                });
    }

    @Test
    void exchangeCode_afterFiveMinutes_failsWithAuthorizationCodeRejected() {
        PkceVerifier verifier = PkceVerifier.random(RandomSource.secure());
        String code = code(verifier);
        zoom.clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> oauth.exchangeCode(code, verifier, REDIRECT_URI))
                .isInstanceOfSatisfying(AuthorizationCodeRejected.class,
                        e -> assertThat(e.zoomReason()).isEqualTo("Authorization code expired"));
    }

    @Test
    void exchangeCode_withWrongVerifier_failsWithAuthorizationCodeRejected() {
        String code = code(PkceVerifier.random(RandomSource.secure()));
        PkceVerifier other = PkceVerifier.random(RandomSource.secure());

        assertThatThrownBy(() -> oauth.exchangeCode(code, other, REDIRECT_URI))
                .isInstanceOfSatisfying(AuthorizationCodeRejected.class, e -> {
                    assertThat(e.zoomReason()).isEqualTo("Invalid code_verifier");
                    assertThat(e.getMessage()).doesNotContain(other.value());
                });
    }

    @Test
    void exchangeCode_withOtherRedirectUri_failsWithAuthorizationCodeRejected() {
        PkceVerifier verifier = PkceVerifier.random(RandomSource.secure());
        String code = code(verifier);

        assertThatThrownBy(() -> oauth.exchangeCode(code, verifier, URI.create("https://evil.example/callback")))
                .isInstanceOf(AuthorizationCodeRejected.class);
    }

    @Test
    void exchangeCode_withWrongClientSecret_failsWithInvalidClient() {
        PkceVerifier verifier = PkceVerifier.random(RandomSource.secure());
        String code = code(verifier);
        zoom.fake.registerApp(CLIENT_ID, "a-rotated-secret", REDIRECT_URI);

        assertThatThrownBy(() -> oauth.exchangeCode(code, verifier, REDIRECT_URI))
                .isInstanceOfSatisfying(InvalidClient.class, e -> {
                    assertThat(e.trackingId()).isPresent();
                    assertThat(e.getMessage()).doesNotContain(AdapterTestContext.CLIENT_SECRET);
                });
    }

    @Test
    void refresh_rotatesAndReturnsNewTokens() {
        TokenSet first = zoom.connect(userId);
        zoom.clock.advance(Duration.ofMinutes(50));

        TokenSet second = oauth.refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(second.refreshTokenIssuedAt()).isEqualTo(zoom.clock.instant());
        assertThat(second.accessTokenExpiresAt()).isEqualTo(zoom.clock.instant().plusSeconds(3599));
        assertThat(zoom.fake.tokenCalls("refresh_token")).isEqualTo(1);
        assertThat(zoom.fake.refreshTokenReuseCount()).isZero();
    }

    @Test
    void refreshWithReusedToken_failsWithInvalidGrant() {
        TokenSet first = zoom.connect(userId);
        oauth.refresh(first.refreshToken());

        assertThatThrownBy(() -> oauth.refresh(first.refreshToken()))
                .isInstanceOfSatisfying(InvalidGrant.class, e -> {
                    assertThat(e.zoomReason()).isEqualTo("Invalid Token!");
                    assertThat(e.trackingId()).isPresent();
                    assertThat(e.getMessage()).doesNotContain(first.refreshToken().value());
                });
        assertThat(zoom.fake.refreshTokenReuseCount()).isEqualTo(1);
    }

    @Test
    void refreshAfterGrantRevokedAtZoom_failsWithInvalidGrant() {
        TokenSet tokens = zoom.connect(userId);
        zoom.fake.revokeGrant(userId);

        assertThatThrownBy(() -> oauth.refresh(tokens.refreshToken())).isInstanceOf(InvalidGrant.class);
    }

    @Test
    void refreshWithWrongClientSecret_failsWithInvalidClient() {
        TokenSet tokens = zoom.connect(userId);
        zoom.fake.registerApp(CLIENT_ID, "a-rotated-secret", REDIRECT_URI);

        assertThatThrownBy(() -> oauth.refresh(tokens.refreshToken())).isInstanceOf(InvalidClient.class);
    }

    @Test
    void refreshOn5xx_failsWithZoomUnavailable_andIsNotRetried() {
        TokenSet tokens = zoom.connect(userId);
        zoom.fake.failNext("POST", "/oauth/token", 1, Fault.status(503));

        assertThatThrownBy(() -> oauth.refresh(tokens.refreshToken()))
                .isInstanceOfSatisfying(ZoomUnavailable.class, e -> {
                    assertThat(e.httpStatus()).hasValue(503);
                    assertThat(e.trackingId()).isPresent();
                });
        assertThat(zoom.fake.tokenCalls("refresh_token")).isEqualTo(1);
    }

    @Test
    void refreshOn429_failsWithRateLimited() {
        TokenSet tokens = zoom.connect(userId);
        zoom.fake.failNext("POST", "/oauth/token", 1, Fault.rateLimitRetryAfterSeconds(30));

        assertThatThrownBy(() -> oauth.refresh(tokens.refreshToken()))
                .isInstanceOfSatisfying(RateLimited.class,
                        e -> assertThat(e.retryAfter()).contains(zoom.clock.instant().plusSeconds(30)));
    }

    @Test
    void refreshWhenConnectionDrops_failsWithZoomUnavailable_andIsNotRetried() {
        TokenSet tokens = zoom.connect(userId);
        zoom.fake.failNext("POST", "/oauth/token", 1, Fault.drop());

        assertThatThrownBy(() -> oauth.refresh(tokens.refreshToken())).isInstanceOf(ZoomUnavailable.class);
        assertThat(zoom.fake.tokenCalls("refresh_token")).isEqualTo(1);
    }

    @Test
    void refreshWhenZoomHangs_failsWithZoomUnavailableAfterTheReadTimeout() {
        TokenSet tokens = zoom.connect(userId);
        zoom.fake.failNext("POST", "/oauth/token", 1, Fault.hang(Duration.ofSeconds(3)));

        assertThatThrownBy(() -> oauth.refresh(tokens.refreshToken()))
                .isInstanceOfSatisfying(ZoomUnavailable.class, e -> assertThat(e.getMessage()).contains("read timeout"));
    }

    @Test
    void fetchAccountToken_returnsAccountGrantWithoutRefreshToken() {
        Instant now = zoom.clock.instant();

        AccountGrant grant = oauth.fetchAccountToken(new ZoomAccountId(FakeZoom.DEFAULT_ACCOUNT_ID));

        assertThat(grant.accountId().value()).isEqualTo(FakeZoom.DEFAULT_ACCOUNT_ID);
        assertThat(grant.expiresAt()).isEqualTo(now.plusSeconds(3599));
        assertThat(zoom.fake.tokenCalls("account_credentials")).isEqualTo(1);
    }

    @Test
    void fetchAccountTokenForOtherAccount_failsWithZoomApiError() {
        assertThatThrownBy(() -> oauth.fetchAccountToken(new ZoomAccountId("someOtherAccount")))
                .isInstanceOfSatisfying(ZoomApiError.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
    }

    @Test
    void revoke_endsTheGrant() {
        TokenSet tokens = zoom.connect(userId);
        ZoomUsersPort users = zoom.bean(ZoomUsersPort.class);

        oauth.revoke(tokens.accessToken());

        assertThat(zoom.fake.revocations()).isEqualTo(1);
        assertThatThrownBy(() -> users.me(tokens.accessToken())).isInstanceOf(AccessTokenRejected.class);
        assertThatThrownBy(() -> oauth.refresh(tokens.refreshToken())).isInstanceOf(InvalidGrant.class);
    }

    @Test
    void revokeOfDeadToken_failsWithInvalidGrant() {
        TokenSet tokens = zoom.connect(userId);
        oauth.revoke(tokens.accessToken());

        assertThatThrownBy(() -> oauth.revoke(tokens.accessToken())).isInstanceOf(InvalidGrant.class);
    }

    private String code(PkceVerifier verifier) {
        URI uri = oauth.authorizationUri(AuthorizationState.random(RandomSource.secure()), verifier.s256Challenge(),
                REDIRECT_URI);
        return queryParameter(zoom.fake.approve(uri, userId), "code");
    }
}
