package io.zoomoauth.fake;

import io.zoomoauth.fake.FakeDirectory.App;
import io.zoomoauth.fake.FakeDirectory.User;
import io.zoomoauth.fake.FakeTokens.Issued;
import io.zoomoauth.fake.FakeTokens.RefreshOutcome;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /oauth/authorize}, the consent form, {@code /oauth/token} and {@code /oauth/revoke}, as docs/zoom-behaviour.md
 * describes them. Stricter than Zoom in one place: an authorization request without {@code code_challenge} is
 * refused, so a client that skips PKCE cannot pass.
 */
final class FakeOAuth {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

    enum Mode { NOBODY_SIGNED_IN, CONSENT_PAGE, AUTO_APPROVE, AUTO_DECLINE, PICK_USER }

    private record Authorization(String clientId, String redirectUri, String state, String challenge, String method) {
    }

    private record IssuedCode(Authorization authorization, String userId, Instant issuedAt) {
    }

    /** An error page instead of a redirect (Zoom does not redirect to an unverified redirect_uri). */
    private static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private final FakeDirectory directory;
    private final FakeTokens tokens;
    private final FakeCounters counters;
    private final Clock clock;
    private final FakeUserPicker picker;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, IssuedCode> codes = new HashMap<>();
    private final Map<String, Authorization> pending = new HashMap<>();
    private volatile String apiUrl;
    private volatile Mode mode = Mode.NOBODY_SIGNED_IN;
    private volatile String userId;
    private volatile Duration tokenDelay = Duration.ZERO;
    private final AtomicReference<LateAnswer> lateAnswer = new AtomicReference<>();

    FakeOAuth(FakeDirectory directory, FakeTokens tokens, FakeCounters counters, Clock clock) {
        this.directory = directory;
        this.tokens = tokens;
        this.counters = counters;
        this.clock = clock;
        this.picker = new FakeUserPicker(directory);
    }

    void setApiUrl(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    synchronized void setMode(Mode mode, String userId) {
        this.mode = mode;
        this.userId = userId;
    }

    void setTokenDelay(Duration delay) {
        tokenDelay = delay;
    }

    LateAnswer answerNextRefreshLate() {
        LateAnswer late = new LateAnswer();
        lateAnswer.set(late);
        return late;
    }

    // ---- GET /oauth/authorize and the consent form ----

    void authorize(FakeExchange exchange) {
        Authorization authorization;
        try {
            authorization = validate(exchange.query());
        } catch (Refused e) {
            exchange.html(e.status, page("Zoom - Error", "<p id=\"error\">" + escape(e.getMessage()) + "</p>"));
            return;
        }
        Mode currentMode;
        String currentUser;
        synchronized (this) {
            currentMode = mode;
            currentUser = userId;
        }
        switch (currentMode) {
            case AUTO_APPROVE -> exchange.redirect(approve(authorization, currentUser));
            case AUTO_DECLINE -> exchange.redirect(decline(authorization));
            case CONSENT_PAGE -> exchange.html(200, consentPage(remember(authorization), currentUser));
            case PICK_USER -> exchange.html(200, pickerPage(authorization, null));
            default -> exchange.html(401, page("Zoom - Sign in", "<p id=\"error\">Nobody is signed in to the fake Zoom.</p>"));
        }
    }

    void consent(FakeExchange exchange) {
        Map<String, String> form = exchange.form();
        Authorization authorization;
        String user;
        boolean pick;
        synchronized (this) {
            authorization = pending.remove(form.getOrDefault("request", ""));
            user = userId;
            pick = mode == Mode.PICK_USER;
        }
        boolean allow = "allow".equals(form.get("decision"));
        if (authorization != null && pick && allow) {
            FakeUserPicker.Choice choice = picker.choose(form);
            if (choice.problem() != null) {
                exchange.html(400, pickerPage(authorization, choice.problem()));
                return;
            }
            user = choice.userId();
        }
        boolean declinedWhilePicking = pick && !allow; // nobody needs to be chosen to say no
        if (authorization == null || user == null && !declinedWhilePicking) {
            exchange.html(400, page("Zoom - Error", "<p id=\"error\">This authorization request is no longer valid.</p>"));
            return;
        }
        exchange.redirect(allow ? approve(authorization, user) : decline(authorization));
    }

    /** What the browser would be redirected to after {@code userId} clicked Allow on {@code authorizationUri}. */
    URI approveDirectly(URI authorizationUri, String user) {
        try {
            return URI.create(approve(validate(FakeExchange.decode(authorizationUri.getRawQuery())), user));
        } catch (Refused e) {
            throw new IllegalArgumentException("the fake refused the authorization request: " + e.getMessage());
        }
    }

    private Authorization validate(Map<String, String> query) throws Refused {
        App app = directory.app(query.get("client_id")).filter(candidate -> !candidate.isS2s())
                .orElseThrow(() -> new Refused(400, "Invalid client_id. (4700)"));
        String redirectUri = query.get("redirect_uri");
        if (redirectUri == null || !redirectUri.equals(app.redirectUri())) {
            throw new Refused(400, "Invalid redirect: redirect_uri does not match the app's (4709)");
        }
        if (!"code".equals(query.get("response_type"))) {
            throw new Refused(400, "Unsupported response_type");
        }
        String challenge = query.get("code_challenge");
        if (challenge == null || challenge.isEmpty()) {
            throw new Refused(400, "code_challenge is required by the fake Zoom (use PKCE)");
        }
        // Zoom assumes "plain" when the method is omitted.
        String method = query.getOrDefault("code_challenge_method", "plain");
        if (!"S256".equals(method) && !"plain".equals(method)) {
            throw new Refused(400, "Unsupported code_challenge_method");
        }
        return new Authorization(app.clientId(), redirectUri, query.get("state"), challenge, method);
    }

    private synchronized String remember(Authorization authorization) {
        String id = randomToken(18);
        pending.put(id, authorization);
        return id;
    }

    private String approve(Authorization authorization, String user) {
        if (user == null || directory.user(user).isEmpty()) {
            throw new IllegalStateException("the fake's signed-in user is not known: call addUser first");
        }
        String code = randomToken(24);
        synchronized (this) {
            codes.put(code, new IssuedCode(authorization, user, clock.instant()));
        }
        return withParameters(authorization.redirectUri(), "code", code, authorization.state());
    }

    private static String decline(Authorization authorization) {
        return withParameters(authorization.redirectUri(), "error", "access_denied", authorization.state());
    }

    private static String withParameters(String redirectUri, String name, String value, String state) {
        StringBuilder location = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?')
                .append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        if (state != null) {
            location.append("&state=").append(URLEncoder.encode(state, StandardCharsets.UTF_8));
        }
        return location.toString();
    }

    // ---- POST /oauth/token and /oauth/revoke ----

    void token(FakeExchange exchange) {
        pause(tokenDelay);
        if (refusedTransport(exchange)) {
            return;
        }
        Optional<App> app = directory.authenticate(exchange.header("Authorization"));
        if (app.isEmpty()) {
            exchange.json(401, error("invalid_client", "Invalid client_id or client_secret"));
            return;
        }
        Map<String, String> form = exchange.form();
        String grantType = form.getOrDefault("grant_type", "");
        switch (grantType) {
            case "authorization_code" -> authorizationCode(exchange, app.get(), form);
            case "refresh_token" -> refresh(exchange, app.get(), form.get("refresh_token"));
            case "account_credentials" -> accountCredentials(exchange, app.get(), form.get("account_id"));
            default -> exchange.json(400, error("unsupported_grant_type", "Unsupported grant type"));
        }
    }

    void revoke(FakeExchange exchange) {
        if (refusedTransport(exchange)) {
            return;
        }
        Optional<App> app = directory.authenticate(exchange.header("Authorization"));
        if (app.isEmpty()) {
            exchange.json(401, error("invalid_client", "Invalid client_id or client_secret"));
            return;
        }
        String token = exchange.form().get("token");
        if (token == null || !tokens.revoke(app.get().clientId(), token)) {
            exchange.json(400, error("invalid_request", "Invalid Token!"));
            return;
        }
        counters.revoked();
        exchange.json(200, Map.of("status", "success"));
    }

    /** Parameters belong in a form body; Zoom has answered 400 to query-string parameters. */
    private static boolean refusedTransport(FakeExchange exchange) {
        if (exchange.rawQuery != null && !exchange.rawQuery.isEmpty()) {
            exchange.json(400, error("invalid_request", "Parameters must be sent in the request body"));
            return true;
        }
        if (!exchange.hasFormBody()) {
            exchange.json(400, error("invalid_request", "Content-Type must be application/x-www-form-urlencoded"));
            return true;
        }
        return false;
    }

    private void authorizationCode(FakeExchange exchange, App app, Map<String, String> form) {
        if (app.isS2s()) {
            exchange.json(400, error("unauthorized_client", "This app may not use grant_type authorization_code"));
            return;
        }
        IssuedCode issued;
        synchronized (this) {
            // Single use: the code dies when presented, whatever happens next.
            issued = codes.remove(form.getOrDefault("code", ""));
        }
        if (issued == null || !issued.authorization().clientId().equals(app.clientId())) {
            exchange.json(400, error("invalid_grant", "Invalid authorization code"));
            return;
        }
        if (!clock.instant().isBefore(issued.issuedAt().plus(CODE_LIFETIME))) {
            exchange.json(400, error("invalid_grant", "Authorization code expired"));
            return;
        }
        if (!issued.authorization().redirectUri().equals(form.get("redirect_uri"))) {
            exchange.json(400, error("invalid_grant", "Redirect URI mismatch"));
            return;
        }
        if (!verifierMatches(issued.authorization(), form.get("code_verifier"))) {
            exchange.json(400, error("invalid_grant", "Invalid code_verifier"));
            return;
        }
        User user = directory.user(issued.userId()).orElseThrow();
        tokenResponse(exchange, tokens.grantForUser(app.clientId(), user.id(), user.accountId(), app.scopes()));
    }

    private void refresh(FakeExchange exchange, App app, String refreshToken) {
        RefreshOutcome outcome = tokens.refresh(app.clientId(), refreshToken == null ? "" : refreshToken);
        if (outcome.issued() == null) {
            exchange.json(400, error("invalid_grant", "Invalid Token!"));
            return;
        }
        LateAnswer late = lateAnswer.getAndSet(null);
        if (late != null) {
            late.holdAnswer();
        }
        tokenResponse(exchange, outcome.issued());
    }

    private void accountCredentials(FakeExchange exchange, App app, String accountId) {
        if (!app.isS2s()) {
            exchange.json(400, error("unauthorized_client", "This app may not use grant_type account_credentials"));
            return;
        }
        if (!app.s2sAccountId().equals(accountId)) {
            exchange.json(400, error("invalid_request", "Invalid account_id"));
            return;
        }
        tokenResponse(exchange, tokens.accountToken(app.clientId(), accountId, app.scopes()));
    }

    private void tokenResponse(FakeExchange exchange, Issued issued) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.accessToken());
        body.put("token_type", "bearer");
        if (issued.refreshToken() != null) {
            body.put("refresh_token", issued.refreshToken());
        }
        body.put("expires_in", issued.expiresIn());
        body.put("scope", issued.scope());
        body.put("api_url", apiUrl);
        exchange.json(200, body);
    }

    private static boolean verifierMatches(Authorization authorization, String verifier) {
        if (verifier == null || verifier.isEmpty()) {
            return false;
        }
        String expected = "S256".equals(authorization.method()) ? s256(verifier) : verifier;
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                authorization.challenge().getBytes(StandardCharsets.US_ASCII));
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> error(String error, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("error", error);
        return body;
    }

    private String pickerPage(Authorization authorization, String problem) {
        String scopes = directory.app(authorization.clientId()).map(App::scopes).orElse("");
        return picker.page(remember(authorization), authorization.clientId(), scopes, problem);
    }

    private String consentPage(String requestId, String user) {
        String who = directory.user(user).map(User::email).orElse("?");
        String hidden = "<input type=\"hidden\" name=\"request\" value=\"" + escape(requestId) + "\">";
        return page("Zoom - Authorize app", "<p>Signed in as <span id=\"user\">" + escape(who) + "</span></p>"
                + "<form method=\"post\" action=\"/oauth/authorize/consent\">" + hidden
                + "<button id=\"allow\" type=\"submit\" name=\"decision\" value=\"allow\">Allow</button></form>"
                + "<form method=\"post\" action=\"/oauth/authorize/consent\">" + hidden
                + "<button id=\"decline\" type=\"submit\" name=\"decision\" value=\"decline\">Decline</button></form>");
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head><body>"
                + body + "</body></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String randomToken(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
