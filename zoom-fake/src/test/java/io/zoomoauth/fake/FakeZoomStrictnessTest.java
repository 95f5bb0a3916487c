package io.zoomoauth.fake;

import io.zoomoauth.domain.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake must fail a sloppy client: raw HTTP against it, no adapter involved. */
class FakeZoomStrictnessTest {

    private static final String CLIENT_ID = "strictClient";
    private static final String SECRET = "strict-secret";
    private static final String REDIRECT = "https://app.example.test/cb";
    private static final String VERIFIER = "verifier-0123456789-0123456789-0123456789-abcdef";
    private static final String STATE = "state-0123456789abcdefghij";

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private FakeZoom zoom;
    private String userId;

    @BeforeEach
    void start() {
        zoom = FakeZoom.start(clock);
        zoom.registerApp(CLIENT_ID, SECRET, URI.create(REDIRECT));
        zoom.registerS2sApp(FakeZoom.DEFAULT_ACCOUNT_ID, "s2sClient", "s2s-secret");
        userId = zoom.addUser("strict@example.com", "Strict", "User");
        zoom.autoApprove(userId);
    }

    @AfterEach
    void stop() {
        zoom.close();
    }

    // ---- authorize ----

    @Test
    void authorize_withAutoApprove_redirectsWithCodeAndState() throws Exception {
        HttpResponse<String> response = get(authorizeQuery(FakeOAuth.s256(VERIFIER), "S256", REDIRECT));

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT + "?code=").endsWith("&state=" + STATE);
    }

    @Test
    void authorize_withAutoDecline_redirectsWithAccessDenied() throws Exception {
        zoom.autoDecline();

        HttpResponse<String> response = get(authorizeQuery(FakeOAuth.s256(VERIFIER), "S256", REDIRECT));

        assertThat(response.headers().firstValue("Location")).contains(REDIRECT + "?error=access_denied&state=" + STATE);
    }

    @Test
    void authorize_withOtherRedirectUri_showsAnErrorPageWithoutRedirect() throws Exception {
        HttpResponse<String> response = get(authorizeQuery(FakeOAuth.s256(VERIFIER), "S256", REDIRECT + "/other"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("4709");
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void authorize_withoutCodeChallenge_isRefused() throws Exception {
        HttpResponse<String> response = get("/oauth/authorize?response_type=code&client_id=" + CLIENT_ID
                + "&redirect_uri=" + enc(REDIRECT) + "&state=" + STATE);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void authorize_withUnknownClientOrWrongResponseType_isRefused() throws Exception {
        assertThat(get("/oauth/authorize?response_type=code&client_id=nobody&redirect_uri=" + enc(REDIRECT)
                + "&code_challenge=x").statusCode()).isEqualTo(400);
        assertThat(get("/oauth/authorize?response_type=token&client_id=" + CLIENT_ID + "&redirect_uri=" + enc(REDIRECT)
                + "&code_challenge=x").statusCode()).isEqualTo(400);
    }

    @Test
    void consentPage_offersAllowAndDecline_andAllowRedirectsWithACodeThatWorks() throws Exception {
        zoom.signIn(userId);

        HttpResponse<String> page = get(authorizeQuery(FakeOAuth.s256(VERIFIER), "S256", REDIRECT));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"allow\"").contains("id=\"decline\"").contains("strict@example.com");
        Matcher request = Pattern.compile("name=\"request\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(request.find()).isTrue();

        HttpResponse<String> allowed = post("/oauth/authorize/consent", Map.of(),
                "request=" + request.group(1) + "&decision=allow");
        String location = allowed.headers().firstValue("Location").orElseThrow();
        assertThat(allowed.statusCode()).isEqualTo(302);
        assertThat(exchange(codeOf(location), VERIFIER).statusCode()).isEqualTo(200);
    }

    @Test
    void consentPage_declineRedirectsWithAccessDenied() throws Exception {
        zoom.signIn(userId);
        HttpResponse<String> page = get(authorizeQuery(FakeOAuth.s256(VERIFIER), "S256", REDIRECT));
        Matcher request = Pattern.compile("name=\"request\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(request.find()).isTrue();

        HttpResponse<String> declined = post("/oauth/authorize/consent", Map.of(),
                "request=" + request.group(1) + "&decision=decline");

        assertThat(declined.headers().firstValue("Location")).contains(REDIRECT + "?error=access_denied&state=" + STATE);
    }

    // ---- token: transport and client authentication ----

    @Test
    void tokenParametersInTheQueryString_areRefusedWith400() throws Exception {
        String code = authorize(FakeOAuth.s256(VERIFIER), "S256");
        HttpResponse<String> response = send(HttpRequest.newBuilder(zoom.baseUrl().resolve(
                        "/oauth/token?grant_type=authorization_code&code=" + code + "&redirect_uri=" + enc(REDIRECT)
                                + "&code_verifier=" + VERIFIER))
                .header("Authorization", basic(CLIENT_ID, SECRET))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_request");
    }

    @Test
    void tokenWithoutBasicAuthOrWithWrongSecret_is401InvalidClient() throws Exception {
        String form = "grant_type=refresh_token&refresh_token=x";
        assertThat(post("/oauth/token", Map.of(), form).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("/oauth/token", Map.of("Authorization", basic(CLIENT_ID, "wrong")), form);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("\"error\":\"invalid_client\"");
    }

    @Test
    void tokenWithJsonBody_isRefused() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(zoom.baseUrl().resolve("/oauth/token"))
                .header("Authorization", basic(CLIENT_ID, SECRET)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"refresh_token\"}")));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    // ---- token: codes and PKCE ----

    @Test
    void codeExchange_withS256Verifier_issuesLongOpaqueTokens() throws Exception {
        HttpResponse<String> response = exchange(authorize(FakeOAuth.s256(VERIFIER), "S256"), VERIFIER);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = FakeJson.readObject(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat((String) body.get("access_token")).hasSizeGreaterThan(600);
        assertThat((String) body.get("refresh_token")).hasSizeGreaterThan(600);
        assertThat(body).containsEntry("token_type", "bearer").containsEntry("expires_in", 3599L)
                .containsEntry("api_url", zoom.baseUrl().toString()).containsKey("scope");
        assertThat(zoom.tokenCalls("authorization_code")).isEqualTo(1);
    }

    @Test
    void codeExchange_withoutVerifier_fails() throws Exception {
        String code = authorize(FakeOAuth.s256(VERIFIER), "S256");

        HttpResponse<String> response = post("/oauth/token", Map.of("Authorization", basic(CLIENT_ID, SECRET)),
                "grant_type=authorization_code&code=" + code + "&redirect_uri=" + enc(REDIRECT));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void codeExchange_withWrongVerifier_fails() throws Exception {
        String code = authorize(FakeOAuth.s256(VERIFIER), "S256");

        assertThat(exchange(code, VERIFIER + "x").statusCode()).isEqualTo(400);
    }

    @Test
    void codeExchange_withChallengeSentAsVerifier_failsForS256() throws Exception {
        String challenge = FakeOAuth.s256(VERIFIER);
        String code = authorize(challenge, "S256");

        assertThat(exchange(code, challenge).statusCode()).isEqualTo(400);
    }

    @Test
    void codeChallengeMethodOmitted_meansPlain() throws Exception {
        assertThat(exchange(authorize(VERIFIER, null), VERIFIER).statusCode()).isEqualTo(200);
        assertThat(exchange(authorize(FakeOAuth.s256(VERIFIER), null), VERIFIER).statusCode()).isEqualTo(400);
    }

    @Test
    void code_worksOnce() throws Exception {
        String code = authorize(FakeOAuth.s256(VERIFIER), "S256");
        assertThat(exchange(code, VERIFIER).statusCode()).isEqualTo(200);

        assertThat(exchange(code, VERIFIER).statusCode()).isEqualTo(400);
    }

    @Test
    void code_expiresAfterFiveMinutes() throws Exception {
        String almost = authorize(FakeOAuth.s256(VERIFIER), "S256");
        String expired = authorize(FakeOAuth.s256(VERIFIER), "S256");
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(exchange(almost, VERIFIER).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));

        HttpResponse<String> response = exchange(expired, VERIFIER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("expired");
    }

    @Test
    void codeExchange_withOtherRedirectUri_fails() throws Exception {
        String code = authorize(FakeOAuth.s256(VERIFIER), "S256");

        HttpResponse<String> response = post("/oauth/token", Map.of("Authorization", basic(CLIENT_ID, SECRET)),
                "grant_type=authorization_code&code=" + code + "&redirect_uri=" + enc(REDIRECT + "/x")
                        + "&code_verifier=" + VERIFIER);

        assertThat(response.statusCode()).isEqualTo(400);
    }

    // ---- token: refresh rotation ----

    @Test
    void refresh_rotates_andTheOldRefreshTokenFailsAtOnceAndIsCounted() throws Exception {
        Map<String, Object> first = json(exchange(authorize(FakeOAuth.s256(VERIFIER), "S256"), VERIFIER));
        String oldRefresh = (String) first.get("refresh_token");

        HttpResponse<String> rotated = refresh(oldRefresh);
        HttpResponse<String> reused = refresh(oldRefresh);

        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(json(rotated).get("refresh_token")).isNotEqualTo(oldRefresh);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(json(reused)).isEqualTo(Map.of("reason", "Invalid Token!", "error", "invalid_grant"));
        assertThat(zoom.refreshTokenReuseCount()).isEqualTo(1);
        assertThat(refresh((String) json(rotated).get("refresh_token")).statusCode()).isEqualTo(200);
    }

    @Test
    void concurrentRefreshesOfOneToken_exactlyOneSucceeds() throws Exception {
        String refreshToken = (String) json(exchange(authorize(FakeOAuth.s256(VERIFIER), "S256"), VERIFIER))
                .get("refresh_token");
        zoom.setTokenEndpointDelay(Duration.ofMillis(100));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> refresh(refreshToken).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }

            assertThat(statuses).containsOnly(200, 400).filteredOn(status -> status == 200).hasSize(1);
            assertThat(zoom.refreshTokenReuseCount()).isEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reauthorizingTheSameUser_revokesTheEarlierGrant() throws Exception {
        Map<String, Object> first = json(exchange(authorize(FakeOAuth.s256(VERIFIER), "S256"), VERIFIER));
        json(exchange(authorize(FakeOAuth.s256(VERIFIER), "S256"), VERIFIER));

        assertThat(refresh((String) first.get("refresh_token")).statusCode()).isEqualTo(400);
        assertThat(api("GET", "/v2/users/me", (String) first.get("access_token")).statusCode()).isEqualTo(401);
    }

    @Test
    void accountCredentials_issueATokenWithoutRefreshToken_onlyForTheS2sApp() throws Exception {
        HttpResponse<String> s2s = post("/oauth/token", Map.of("Authorization", basic("s2sClient", "s2s-secret")),
                "grant_type=account_credentials&account_id=" + FakeZoom.DEFAULT_ACCOUNT_ID);
        HttpResponse<String> userApp = post("/oauth/token", Map.of("Authorization", basic(CLIENT_ID, SECRET)),
                "grant_type=account_credentials&account_id=" + FakeZoom.DEFAULT_ACCOUNT_ID);

        assertThat(s2s.statusCode()).isEqualTo(200);
        assertThat(json(s2s)).containsKey("access_token").doesNotContainKey("refresh_token");
        assertThat(userApp.statusCode()).isEqualTo(400);
        assertThat(zoom.tokenCalls("account_credentials")).isEqualTo(2);
    }

    @Test
    void revoke_killsTheGrant() throws Exception {
        Map<String, Object> tokens = json(exchange(authorize(FakeOAuth.s256(VERIFIER), "S256"), VERIFIER));

        HttpResponse<String> revoked = post("/oauth/revoke", Map.of("Authorization", basic(CLIENT_ID, SECRET)),
                "token=" + tokens.get("access_token"));

        assertThat(json(revoked)).isEqualTo(Map.of("status", "success"));
        assertThat(zoom.revocations()).isEqualTo(1);
        assertThat(api("GET", "/v2/users/me", (String) tokens.get("access_token")).statusCode()).isEqualTo(401);
        assertThat(refresh((String) tokens.get("refresh_token")).statusCode()).isEqualTo(400);
    }

    // ---- API ----

    @Test
    void api_refusesATokenInTheQueryString_evenWithTheRightHeader() throws Exception {
        String token = accessToken();

        HttpResponse<String> response = api("GET", "/v2/users/me?access_token=" + token, token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response)).isEqualTo(Map.of("code", 124L, "message", "Invalid access token."));
        assertThat(zoom.apiCalls().get(0).bearerToken()).isEqualTo(token);
    }

    @Test
    void api_withoutTokenOrWithExpiredToken_is401Code124() throws Exception {
        zoom.setAccessTokenLifetime(Duration.ofMinutes(10));
        String token = accessToken();
        assertThat(api("GET", "/v2/users/me", token).statusCode()).isEqualTo(200);
        assertThat(api("GET", "/v2/users/me", null).statusCode()).isEqualTo(401);

        clock.advance(Duration.ofMinutes(10));

        assertThat(json(api("GET", "/v2/users/me", token))).containsEntry("code", 124L);
    }

    @Test
    void api_expireAccessTokens_makesTokensFailButRefreshStillWorks() throws Exception {
        Map<String, Object> tokens = json(exchange(authorize(FakeOAuth.s256(VERIFIER), "S256"), VERIFIER));
        zoom.expireAccessTokens(userId);

        assertThat(api("GET", "/v2/users/me", (String) tokens.get("access_token")).statusCode()).isEqualTo(401);
        assertThat(refresh((String) tokens.get("refresh_token")).statusCode()).isEqualTo(200);
    }

    @Test
    void meetings_have64BitIds_andUnknownFieldsAreKept() throws Exception {
        String token = accessToken();

        HttpResponse<String> created = api("POST", "/v2/users/me/meetings", token,
                "{\"topic\":\"t\",\"type\":2,\"x_new\":{\"a\":[1,2]},\"settings\":{\"host_video\":true}}");

        assertThat(created.statusCode()).isEqualTo(201);
        Map<String, Object> meeting = json(created);
        assertThat((Long) meeting.get("id")).isGreaterThan(1L << 33);
        assertThat(meeting).containsKeys("uuid", "start_url", "join_url", "password", "host_id")
                .containsEntry("x_new", Map.of("a", List.of(1L, 2L)));
        assertThat(json(api("GET", "/v2/meetings/" + meeting.get("id"), token))).isEqualTo(meeting);
    }

    @Test
    void unknownMeetingIs3001_andUnknownUserIs1001() throws Exception {
        String token = accessToken();

        HttpResponse<String> meeting = api("GET", "/v2/meetings/123456789012", token);
        HttpResponse<String> user = api("GET", "/v2/users/nobody@example.com/meetings", token);

        assertThat(meeting.statusCode()).isEqualTo(404);
        assertThat(json(meeting)).containsEntry("code", 3001L);
        assertThat(user.statusCode()).isEqualTo(404);
        assertThat(json(user)).containsEntry("code", 1001L);
    }

    @Test
    void routeTable_knownPathWithOtherMethodIs405_unknownPathIs404_andCountersUseTheTemplate() throws Exception {
        String token = accessToken();

        assertThat(api("PUT", "/v2/meetings/123", token).statusCode()).isEqualTo(405);
        assertThat(api("GET", "/v2/users/me/nothing-here", token).statusCode()).isEqualTo(404);
        api("GET", "/v2/meetings/123", token);

        assertThat(zoom.apiCallCount("GET /v2/meetings/{meetingId}")).isEqualTo(1);
        assertThat(zoom.apiCallCount("GET /v2/users/me/nothing-here")).isEqualTo(1);
    }

    @Test
    void meetingList_pagesWithZoomsTokens_andRefusesAnUnreadablePageSizeWithCode300() throws Exception {
        String token = accessToken();
        for (int i = 0; i < 3; i++) {
            api("POST", "/v2/users/me/meetings", token, "{\"topic\":\"m" + i + "\"}");
        }

        Map<String, Object> first = json(api("GET", "/v2/users/me/meetings?page_size=2", token));
        Map<String, Object> second = json(api("GET", "/v2/users/me/meetings?page_size=2&next_page_token="
                + first.get("next_page_token"), token));
        HttpResponse<String> unreadable = api("GET", "/v2/users/me/meetings?page_size=two", token);

        assertThat(first).containsEntry("total_records", 3L).containsEntry("page_size", 2L);
        assertThat((List<?>) first.get("meetings")).hasSize(2);
        assertThat((List<?>) second.get("meetings")).hasSize(1);
        assertThat(second).containsEntry("next_page_token", "");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(json(unreadable)).containsEntry("code", 300L);
    }

    @Test
    void everyAnswerCarriesATrackingId() throws Exception {
        String token = accessToken();
        zoom.failNext("GET", "/v2/users/me", 1, Fault.status(503));

        List<HttpResponse<String>> answers = List.of(api("GET", "/v2/users/me", token), api("GET", "/v2/users/me", token),
                api("GET", "/v2/nothing-here", token), get("/oauth/authorize"), refresh("unknown"),
                get("/not-zoom"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().firstValue("x-zm-trackingid"))
                .hasValueSatisfying(id -> assertThat(id).startsWith("v=2.0;")));
    }

    // ---- faults ----

    @Test
    void faults_applyToTheNextNRequests_thenZoomAnswersNormally() throws Exception {
        String token = accessToken();
        zoom.failNext("GET", "/v2/*", 2, Fault.status(503));

        assertThat(api("GET", "/v2/users/me", token).statusCode()).isEqualTo(503);
        assertThat(api("GET", "/v2/users/me", token).statusCode()).isEqualTo(503);
        assertThat(api("GET", "/v2/users/me", token).statusCode()).isEqualTo(200);
        assertThat(zoom.apiCallCount("GET /v2/users/me")).isEqualTo(3);
    }

    @Test
    void rateLimitFault_sendsRetryAfterAndRateLimitType() throws Exception {
        String token = accessToken();
        zoom.failNext(1, Fault.dailyLimit(java.time.Instant.parse("2026-11-24T00:00:00Z")));

        HttpResponse<String> response = api("GET", "/v2/users/me", token);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).contains("2026-11-24T00:00:00Z");
        assertThat(response.headers().firstValue("X-RateLimit-Type")).contains("Daily-limit");
    }

    @Test
    void dropFault_closesTheConnectionWithoutAnswer() throws Exception {
        String token = accessToken();
        zoom.failNext(1, Fault.drop());

        // A POST: the JDK client silently repeats a GET once after a closed connection.
        assertThatThrownBy(() -> api("POST", "/v2/users/me/meetings", token, "{}")).isInstanceOf(IOException.class);
        assertThat(zoom.apiCalls()).last().satisfies(call -> assertThat(call.status()).isZero());
    }

    // ---- helpers ----

    private String accessToken() throws Exception {
        return (String) json(exchange(authorize(FakeOAuth.s256(VERIFIER), "S256"), VERIFIER)).get("access_token");
    }

    private String authorize(String challenge, String method) throws Exception {
        String location = get(authorizeQuery(challenge, method, REDIRECT)).headers().firstValue("Location").orElseThrow();
        return codeOf(location);
    }

    private static String authorizeQuery(String challenge, String method, String redirect) {
        return "/oauth/authorize?response_type=code&client_id=" + CLIENT_ID + "&redirect_uri=" + enc(redirect)
                + "&state=" + STATE + "&code_challenge=" + enc(challenge)
                + (method == null ? "" : "&code_challenge_method=" + method);
    }

    private static String codeOf(String location) {
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertThat(code.find()).as(location).isTrue();
        return java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> exchange(String code, String verifier) throws Exception {
        return post("/oauth/token", Map.of("Authorization", basic(CLIENT_ID, SECRET)),
                "grant_type=authorization_code&code=" + enc(code) + "&redirect_uri=" + enc(REDIRECT)
                        + "&code_verifier=" + enc(verifier));
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return post("/oauth/token", Map.of("Authorization", basic(CLIENT_ID, SECRET)),
                "grant_type=refresh_token&refresh_token=" + enc(refreshToken));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(zoom.baseUrl().resolve(path)).GET());
    }

    private HttpResponse<String> post(String path, Map<String, String> headers, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(zoom.baseUrl().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request);
    }

    private HttpResponse<String> api(String method, String path, String token) throws Exception {
        return api(method, path, token, null);
    }

    private HttpResponse<String> api(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(zoom.baseUrl().resolve(path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        Map<String, Object> body = FakeJson.readObject(response.body().getBytes(StandardCharsets.UTF_8));
        return body == null ? new LinkedHashMap<>() : body;
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
