package io.zoomoauth.domain.testing;

import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.PkceVerifier;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.TokenSet;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/** Counts the calls that reach Zoom's token endpoint (building the consent URL is not one). */
public class CountingOAuth implements ZoomOAuthPort {

    private final Clock clock;
    public int calls;
    public RuntimeException exchangeFailure;

    public CountingOAuth(Clock clock) {
        this.clock = clock;
    }

    @Override
    public URI authorizationUri(AuthorizationState state, String challenge, URI redirectUri) {
        return URI.create("https://zoom.example/oauth/authorize?state=" + state.value() + "&code_challenge=" + challenge);
    }

    @Override
    public synchronized TokenSet exchangeCode(String code, PkceVerifier verifier, URI redirectUri) {
        calls++;
        if (exchangeFailure != null) {
            throw exchangeFailure;
        }
        return Fixtures.tokens("c" + calls, clock.instant(), Duration.ofHours(1));
    }

    @Override
    public synchronized TokenSet refresh(RefreshToken refreshToken) {
        calls++;
        return Fixtures.tokens("r" + calls, clock.instant(), Duration.ofHours(1));
    }

    @Override
    public synchronized void revoke(AccessToken accessToken) {
        calls++;
    }

    @Override
    public synchronized AccountGrant fetchAccountToken(ZoomAccountId accountId) {
        calls++;
        throw new UnsupportedOperationException();
    }
}
