package io.zoomoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.domain.testing.MutableClock;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Demo mode's side of the fake, over raw HTTP: the consent page where the person picks a user, and /admin/. */
class FakeDemoControlsTest {

    private static final String CLIENT_ID = "demoClient";
    private static final String SECRET = "demo-secret";
    private static final String REDIRECT = "http://localhost:8080/oauth/callback";
    private static final String VERIFIER = "verifier-0123456789-0123456789-0123456789-abcdef";

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private FakeZoom zoom;

    @BeforeEach
    void start() {
        zoom = FakeZoom.start(clock);
        zoom.registerApp(CLIENT_ID, SECRET, URI.create(REDIRECT));
        zoom.addUser("ada@example.com", "Ada", "Lovelace");
        zoom.letThePersonPickTheUser();
    }

    @AfterEach
    void stop() {
        zoom.close();
    }

    @Test
    void startsOnTheGivenPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (FakeZoom onPort = FakeZoom.start(clock, port)) {
            assertThat(onPort.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:" + port));
        }
    }

    @Test
    void pickerPage_listsTheUsers_andATypedNameAndEmailBecomeANewUserWhoIsConnected() throws Exception {
        HttpResponse<String> page = get("/oauth/authorize?" + authorizeQuery());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"user-1\"").contains("ada@example.com").contains("id=\"name\"")
                .contains("id=\"email\"").contains("id=\"allow\"").contains("id=\"decline\"");

        HttpResponse<String> allowed = consent(requestOf(page), "decision=allow&name=Lin+Demo&email=lin%40example.com");

        assertThat(allowed.statusCode()).isEqualTo(302);
        String me = api("/v2/users/me", accessToken(allowed)).body();
        assertThat(me).contains("\"email\":\"lin@example.com\"").contains("\"first_name\":\"Lin\"")
                .contains("\"last_name\":\"Demo\"");
        assertThat(get("/admin/users").body()).contains("lin@example.com").contains("ada@example.com");
    }

    @Test
    void pickerPage_pickingAListedUserConnectsThatUser_andAKnownEmailIsNotAddedTwice() throws Exception {
        String zedId = zoom.addUser("zed@example.com", "Zed", "Second");
        HttpResponse<String> page = get("/oauth/authorize?" + authorizeQuery());

        HttpResponse<String> picked = consent(requestOf(page), "decision=allow&user=" + enc(zedId));
        assertThat(api("/v2/users/me", accessToken(picked)).body()).contains("\"email\":\"zed@example.com\"");

        HttpResponse<String> typedAgain = consent(requestOf(get("/oauth/authorize?" + authorizeQuery())),
                "decision=allow&name=Other&email=ZED%40example.com");
        assertThat(api("/v2/users/me", accessToken(typedAgain)).body()).contains("\"id\":\"" + zedId + "\"");
        assertThat(get("/admin/users").body().split("\"id\"")).hasSize(3);
    }

    @Test
    void pickerPage_refusesABadEmailOnTheSamePage_andDeclineNeedsNobody() throws Exception {
        HttpResponse<String> refused = consent(requestOf(get("/oauth/authorize?" + authorizeQuery())),
                "decision=allow&email=not-an-email");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"error\"").contains("not-an-email");

        HttpResponse<String> declined = consent(requestOf(refused), "decision=decline");
        assertThat(declined.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith(REDIRECT + "?error=access_denied"));
    }

    @Test
    void admin_expiringTheAccessTokenKeepsTheRefreshToken_andRevokingTheGrantEndsBoth() throws Exception {
        Map<String, String> tokens = tokens(consent(requestOf(get("/oauth/authorize?" + authorizeQuery())),
                "decision=allow&email=ada%40example.com"));
        assertThat(admin("POST", "/admin/users/ada%40example.com/expire-access-token").statusCode()).isEqualTo(200);
        assertThat(api("/v2/users/me", tokens.get("access_token")).body()).contains("\"code\":124");
        HttpResponse<String> refreshed = refresh(tokens.get("refresh_token"));
        assertThat(refreshed.statusCode()).isEqualTo(200);

        assertThat(admin("POST", "/admin/users/ada@example.com/revoke-grant").body()).contains("grant revoked");
        assertThat(refresh(field(refreshed.body(), "refresh_token")).body()).contains("invalid_grant");
        assertThat(get("/admin/counters").body()).contains("\"refresh_token\":2").contains("\"authorization_code\":1");
        assertThat(admin("POST", "/admin/users/nobody%40example.com/revoke-grant").statusCode()).isEqualTo(404);
    }

    @Test
    void admin_armsAFaultForMatchingRequestsOnly_andClearsThem() throws Exception {
        HttpResponse<String> armed = admin("POST", "/admin/faults?fault=503&times=2&path=/v2/*");
        assertThat(armed.statusCode()).as(armed.body()).isEqualTo(201);
        assertThat(get("/admin/users").statusCode()).as("admin requests never meet a fault").isEqualTo(200);
        assertThat(api("/v2/users/me", "any").statusCode()).isEqualTo(503);

        assertThat(admin("DELETE", "/admin/faults").statusCode()).isEqualTo(204);
        assertThat(api("/v2/users/me", "any").statusCode()).isEqualTo(401);
        assertThat(admin("POST", "/admin/faults?fault=rate-limit&seconds=7").statusCode()).isEqualTo(201);
        assertThat(api("/v2/users/me", "any").headers().firstValue("Retry-After")).hasValue("7");
        assertThat(admin("POST", "/admin/faults?fault=sometimes").statusCode()).isEqualTo(400);
        assertThat(admin("POST", "/admin/faults?fault=200").statusCode()).isEqualTo(400);
    }

    // ---- helpers ----

    private static String authorizeQuery() {
        return "response_type=code&client_id=" + CLIENT_ID + "&redirect_uri=" + enc(REDIRECT) + "&state=s1"
                + "&code_challenge=" + FakeOAuth.s256(VERIFIER) + "&code_challenge_method=S256";
    }

    private static String requestOf(HttpResponse<String> page) {
        Matcher request = Pattern.compile("name=\"request\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(request.find()).as(page.body()).isTrue();
        return request.group(1);
    }

    private HttpResponse<String> consent(String request, String form) throws Exception {
        return post("/oauth/authorize/consent", null, "request=" + request + "&" + form);
    }

    private String accessToken(HttpResponse<String> allowed) throws Exception {
        return tokens(allowed).get("access_token");
    }

    private Map<String, String> tokens(HttpResponse<String> allowed) throws Exception {
        String location = allowed.headers().firstValue("Location").orElseThrow();
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertThat(code.find()).as(location).isTrue();
        String body = post("/oauth/token", basic(), "grant_type=authorization_code&code=" + code.group(1)
                + "&redirect_uri=" + enc(REDIRECT) + "&code_verifier=" + VERIFIER).body();
        return Map.of("access_token", field(body, "access_token"), "refresh_token", field(body, "refresh_token"));
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return post("/oauth/token", basic(), "grant_type=refresh_token&refresh_token=" + enc(refreshToken));
    }

    private static String field(String json, String name) {
        Object value = FakeJson.readObject(json.getBytes(StandardCharsets.UTF_8)).get(name);
        assertThat(value).as(name + " in " + json).isNotNull();
        return value.toString();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(zoom.baseUrl().resolve(path)).GET());
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        return send(HttpRequest.newBuilder(zoom.baseUrl().resolve(path)).method(method,
                HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> api(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(zoom.baseUrl().resolve(path)).header("Authorization", "Bearer " + token));
    }

    private HttpResponse<String> post(String path, String authorization, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(zoom.baseUrl().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
