package io.zoomoauth.adapters.http.oauth;

import io.zoomoauth.adapters.http.support.ZoomApiProperties;
import io.zoomoauth.adapters.http.support.ZoomErrorTranslator;
import io.zoomoauth.adapters.http.support.ZoomErrorTranslator.TokenCall;
import io.zoomoauth.adapters.http.support.ZoomHttpClient;
import io.zoomoauth.adapters.http.support.ZoomJson;
import io.zoomoauth.adapters.http.support.ZoomRequest;
import io.zoomoauth.adapters.http.support.ZoomResponse;
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
import java.util.function.Function;

/**
 * Zoom's OAuth endpoints. Client authentication is HTTP Basic; parameters travel in a form-urlencoded body,
 * never in the query string (Zoom has answered 400 to that). Nothing here is retried: a refresh that reached
 * Zoom has rotated the refresh token, and a second attempt would burn the grant.
 */
@Singleton
public class ZoomOAuthAdapter implements ZoomOAuthPort {

    static final String TOKEN_PATH = "/oauth/token";
    static final String REVOKE_PATH = "/oauth/revoke";
    static final String AUTHORIZE_PATH = "/oauth/authorize";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final ZoomOAuthProperties oauth;
    private final ZoomS2sProperties s2s;
    private final URI defaultApiUrl;
    private final ZoomHttpClient http;
    private final ZoomErrorTranslator errors;
    private final ZoomJson json;
    private final Clock clock;

    public ZoomOAuthAdapter(ZoomOAuthProperties oauth, ZoomS2sProperties s2s, ZoomApiProperties api,
                            ZoomHttpClient http, ZoomErrorTranslator errors, ZoomJson json, Clock clock) {
        this.oauth = oauth;
        this.s2s = s2s;
        this.defaultApiUrl = URI.create(api.root());
        this.http = http;
        this.errors = errors;
        this.json = json;
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
        return post(TokenCall.AUTHORIZATION_CODE, userApp(), TOKEN_PATH, form,
                body -> TokenResponses.tokenSet(body, clock.instant(), defaultApiUrl));
    }

    @Override
    public TokenSet refresh(RefreshToken refreshToken) {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken.value());
        return post(TokenCall.REFRESH_TOKEN, userApp(), TOKEN_PATH, form,
                body -> TokenResponses.tokenSet(body, clock.instant(), defaultApiUrl));
    }

    /** Ends the user's grant. A token Zoom no longer knows fails with InvalidGrant: already revoked. */
    @Override
    public void revoke(AccessToken accessToken) {
        Objects.requireNonNull(accessToken, "accessToken");
        // Zoom answers {"status":"success"}; the status alone tells, so the body is not read.
        send(TokenCall.REVOKE, userApp(), REVOKE_PATH, Map.of("token", accessToken.value()));
    }

    @Override
    public AccountGrant fetchAccountToken(ZoomAccountId accountId) {
        Objects.requireNonNull(accountId, "accountId");
        ClientCredentials credentials = s2s.credentials().orElseThrow(() -> new InvalidClient(
                "Server-to-Server OAuth is not configured (set ZOOM_S2S_CLIENT_ID and ZOOM_S2S_CLIENT_SECRET)", null));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "account_credentials");
        form.put("account_id", accountId.value());
        return post(TokenCall.ACCOUNT_CREDENTIALS, credentials, TOKEN_PATH, form,
                body -> TokenResponses.accountGrant(accountId, body, clock.instant(), defaultApiUrl));
    }

    private ClientCredentials userApp() {
        return oauth.credentials().orElseThrow(() -> new InvalidClient(
                "the Zoom OAuth app is not configured (set ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET)", null));
    }

    private <T> T post(TokenCall call, ClientCredentials credentials, String path, Map<String, String> form,
                       Function<Map<String, Object>, T> mapping) {
        Sent sent = send(call, credentials, path, form);
        try {
            return mapping.apply(json.readObject(sent.response().body()));
        } catch (IllegalArgumentException | ArithmeticException | NullPointerException | ClassCastException e) {
            throw errors.unreadable(sent.request(), sent.response(), e);
        }
    }

    private Sent send(TokenCall call, ClientCredentials credentials, String path, Map<String, String> form) {
        ZoomRequest request = ZoomRequest.of("POST", URI.create(oauth.root() + path), path)
                .withHeader("Authorization", credentials.basicAuthorization())
                .withHeader("Accept", "application/json")
                .withBody(FORM, formEncode(form).getBytes(StandardCharsets.US_ASCII));
        ZoomResponse response = http.send(request);
        if (!response.isSuccess()) {
            throw errors.tokenFailure(call, request, response);
        }
        return new Sent(request, response);
    }

    private record Sent(ZoomRequest request, ZoomResponse response) {
    }

    private static String formEncode(Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }
}
