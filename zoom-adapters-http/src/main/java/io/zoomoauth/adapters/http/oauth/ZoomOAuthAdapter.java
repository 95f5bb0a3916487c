package io.zoomoauth.adapters.http.oauth;

import io.zoomoauth.adapters.http.support.ZoomCalls;
import io.zoomoauth.adapters.http.support.ZoomErrorTranslator.TokenCall;
import io.zoomoauth.domain.error.InvalidClient;
import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.PkceVerifier;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.TokenSet;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/** Zoom's OAuth endpoints over the declarative {@link ZoomOAuthClient} (never retried: see there). */
@Singleton
public class ZoomOAuthAdapter implements ZoomOAuthPort {

    static final String AUTHORIZE_PATH = "/oauth/authorize";

    private final ZoomOAuthProperties oauth;
    private final ZoomS2sProperties s2s;
    private final ZoomOAuthClient client;
    private final ZoomCalls calls;
    private final Clock clock;

    ZoomOAuthAdapter(ZoomOAuthProperties oauth, ZoomS2sProperties s2s, ZoomOAuthClient client, ZoomCalls calls,
                     Clock clock) {
        this.oauth = oauth;
        this.s2s = s2s;
        this.client = client;
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public URI authorizationUri(AuthorizationState state, String s256CodeChallenge, URI redirectUri) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(s256CodeChallenge, "codeChallenge");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", userApp().clientId());
        query.put("redirect_uri", redirectUri.toString());
        query.put("state", state.value());
        query.put("code_challenge", s256CodeChallenge);
        // Zoom assumes "plain" when the method is omitted.
        query.put("code_challenge_method", "S256");
        return URI.create(oauth.root() + AUTHORIZE_PATH + "?" + formEncode(query));
    }

    @Override
    public TokenSet exchangeCode(String code, PkceVerifier verifier, URI redirectUri) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("code_verifier", verifier.value());
        return calls.readToken(TokenCall.AUTHORIZATION_CODE, () -> client.token(userApp().basicAuthorization(), form),
                body -> body.tokenSet(clock.instant()));
    }

    @Override
    public TokenSet refresh(RefreshToken refreshToken) {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken.value());
        return calls.readToken(TokenCall.REFRESH_TOKEN, () -> client.token(userApp().basicAuthorization(), form),
                body -> body.tokenSet(clock.instant()));
    }

    /** Ends the user's grant. A token Zoom no longer knows fails with InvalidGrant: already revoked. */
    @Override
    public void revoke(AccessToken accessToken) {
        Objects.requireNonNull(accessToken, "accessToken");
        calls.runToken(TokenCall.REVOKE, () -> client.revoke(userApp().basicAuthorization(),
                Map.of("token", accessToken.value())));
    }

    @Override
    public AccountGrant fetchAccountToken(ZoomAccountId accountId) {
        Objects.requireNonNull(accountId, "accountId");
        ClientCredentials credentials = s2s.credentials().orElseThrow(() -> new InvalidClient(
                "Server-to-Server OAuth is not configured (set ZOOM_S2S_CLIENT_ID and ZOOM_S2S_CLIENT_SECRET)", null));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "account_credentials");
        form.put("account_id", accountId.value());
        return calls.readToken(TokenCall.ACCOUNT_CREDENTIALS, () -> client.token(credentials.basicAuthorization(), form),
                body -> body.accountGrant(accountId, clock.instant()));
    }

    private ClientCredentials userApp() {
        return oauth.credentials().orElseThrow(() -> new InvalidClient(
                "the Zoom OAuth app is not configured (set ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET)", null));
    }

    private static String formEncode(Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }
}
