package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.fake.ApiCall;
import io.zoomoauth.fake.Fault;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy {@code /api/users/{userId}/zoom/{path}} end to end, against the fake Zoom. */
class ZoomProxyApiTest {

    private static ZoomWorld world;
    private static ServiceInstance service;
    private static String userId;
    private static String member;

    @BeforeAll
    static void start() {
        world = new ZoomWorld();
        world.zoom.registerS2sApp("s2sAccount01", "s2sClient", "s2s-secret-value");
        member = world.zoom.addUser("s2sAccount01", "member@example.com", "Mem", "Ber");
        world.zoom.addUser("s2sAccount01", "colleague@example.com", "Col", "League");
        Map<String, Object> settings = world.settings(ZoomWorld.h2("proxy-" + UUID.randomUUID()));
        settings.put("zoom.s2s.account-id", "s2sAccount01");
        settings.put("zoom.s2s.client-id", "s2sClient");
        settings.put("zoom.s2s.client-secret", "s2s-secret-value");
        service = ServiceInstance.start(world.port, settings);
        userId = world.connectedUser(service, "host@example.com");
    }

    @AfterAll
    static void stop() {
        service.close();
        world.close();
    }

    @BeforeEach
    void noFaults() {
        world.zoom.clearFaults();
    }

    private static String proxy(String path) {
        return "/api/users/" + userId + "/zoom/" + path;
    }

    private static ApiCall lastCall() {
        List<ApiCall> calls = world.zoom.apiCalls();
        return calls.get(calls.size() - 1);
    }

    private static long idOf(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void bodiesAndAnswersPassThroughAsBytesWithTheUsersOwnToken() {
        HttpResponse<String> created = service.api("POST", proxy("users/me/meetings"),
                "{\"topic\":\"Proxied\",\"type\":2,\"settings\":{\"beyond_double\":9007199254740993,\"new_flag\":\"kept\"}}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(idOf(created.body())).as("64-bit ids").isGreaterThan(Integer.MAX_VALUE);
        assertThat(created.body()).as("no JSON round trip through doubles").contains("9007199254740993")
                .contains("\"new_flag\":\"kept\"");
        assertThat(created.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(created.headers().firstValue("x-zm-trackingid")).hasValue(lastCall().trackingId());
        assertThat(created.headers().firstValue("X-RateLimit-Category")).hasValue("Light");
        assertThat(lastCall().rawPath()).isEqualTo("/v2/users/me/meetings");
        assertThat(lastCall().bearerToken()).as("Zoom's token, never our API key").isNotNull()
                .isNotEqualTo(ServiceInstance.API_KEY);
    }

    @Test
    void everyMethodAndTheQueryStringReachZoom() {
        long id = idOf(service.api("POST", proxy("users/me/meetings"), "{\"topic\":\"Methods\"}").body());

        HttpResponse<String> list = service.api("GET", proxy("users/me/meetings?page_size=1&type=scheduled"), null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(lastCall().rawQuery()).isEqualTo("page_size=1&type=scheduled");

        HttpResponse<String> patched = service.api("PATCH", proxy("meetings/" + id), "{\"topic\":\"Renamed\"}");
        assertThat(patched.statusCode()).isEqualTo(204);
        assertThat(service.api("GET", proxy("meetings/" + id), null).body()).contains("Renamed");

        HttpResponse<String> put = service.api("PUT", proxy("meetings/" + id), "{}");
        assertThat(put.statusCode()).as("Zoom's own answer for a method it does not take").isEqualTo(405);
        assertThat(lastCall().method()).isEqualTo("PUT");

        assertThat(service.api("DELETE", proxy("meetings/" + id), null).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = service.api("GET", proxy("meetings/" + id), null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).as("Zoom's error body, as Zoom sent it").contains("\"code\":3001")
                .doesNotContain("\"error\"");
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnceAndTheRequestRepeatedOnce() {
        int refreshes = world.zoom.tokenCalls("refresh_token");
        long creates = world.zoom.apiCallCount("POST /v2/users/{userId}/meetings");
        world.zoom.expireAccessTokens(userId);

        HttpResponse<String> created = service.api("POST", proxy("users/me/meetings"), "{\"topic\":\"After 124\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(world.zoom.tokenCalls("refresh_token")).isEqualTo(refreshes + 1);
        assertThat(world.zoom.apiCallCount("POST /v2/users/{userId}/meetings")).as("the 401 and the repeat")
                .isEqualTo(creates + 2);
        assertThat(world.zoom.apiCalls().stream().filter(c -> c.status() == 201 && c.method().equals("POST")).count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void getsAreRetriedOnServerErrorsOtherMethodsNever() {
        world.zoom.failNext("GET", "/v2/users/*", 2, Fault.status(500));
        assertThat(service.api("GET", proxy("users/me"), null).statusCode()).isEqualTo(200);

        long creates = world.zoom.apiCallCount("POST /v2/users/{userId}/meetings");
        world.zoom.failNext("POST", "/v2/users/*", 1, Fault.status(502));
        HttpResponse<String> failed = service.api("POST", proxy("users/me/meetings"), "{\"topic\":\"Once\"}");
        assertThat(failed.statusCode()).as("Zoom's 5xx passes through").isEqualTo(502);
        assertThat(world.zoom.apiCallCount("POST /v2/users/{userId}/meetings")).isEqualTo(creates + 1);
    }

    @Test
    void rateLimitsAndOutagesAreOurOwnErrors() {
        world.zoom.failNext("GET", "/v2/users/*", 1, Fault.rateLimitRetryAfterSeconds(7));
        HttpResponse<String> limited = service.api("GET", proxy("users/me/meetings"), null);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(limited.body()).contains("\"error\":\"zoom_rate_limited\"");

        world.zoom.failNext("POST", "/v2/users/*", 1, Fault.drop());
        HttpResponse<String> dropped = service.api("POST", proxy("users/me/meetings"), "{\"topic\":\"x\"}");
        assertThat(dropped.statusCode()).isEqualTo(503);
        assertThat(dropped.body()).contains("\"error\":\"zoom_unavailable\"");

        HttpResponse<String> unknown = service.api("GET", "/api/users/nobodyHere/zoom/users/me", null);
        assertThat(unknown.statusCode()).as("S2S answers for users it knows; Zoom says who it does not")
                .isIn(404);
    }

    @Test
    void unsafePathsAreRefusedAndNeverReachZoom() {
        int before = world.zoom.totalRequests();
        for (String path : new String[] {"..", "users/..", "%2e%2e/oauth/token", "users/me/%2E", "users//me",
                "users/me/", "users%2Fme", "users%5Cme", "users\\me", "%2F%2Fevil.example", "http:%2F%2Fevil.example",
                "users/me%00", "users/me%0d%0aX-Evil:%201", "users/%C0%AF", "users/me?access_token=abc", "", "../../oauth/token",
                "users/me%3Fx=1", "users/me;x=1"}) {
            String answer = rawGet("/api/users/" + userId + "/zoom/" + path);
            assertThat(answer).as(path).matches("(?s)HTTP/1.1 (400|403|404) .*");
            if (answer.startsWith("HTTP/1.1 400")) {
                assertThat(answer).as(path).containsAnyOf("invalid_path", "invalid_request", "Malformed URI");
            }
        }
        assertThat(world.zoom.totalRequests()).as("no request reached Zoom").isEqualTo(before);
    }

    /** A request exactly as written (the JDK client refuses some of these paths), answered on a closed connection. */
    private static String rawGet(String target) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", service.url("/").getPort())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + ServiceInstance.API_KEY + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aUserGrantActsOnlyAsThatUser() {
        int before = world.zoom.totalRequests();
        HttpResponse<String> other = service.api("GET", proxy("users/" + member + "/meetings"), null);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("\"error\":\"user_not_allowed\"");
        assertThat(world.zoom.totalRequests()).isEqualTo(before);

        HttpResponse<String> own = service.api("GET", proxy("users/" + userId + "/meetings"), null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(lastCall().rawPath()).as("the user's own id is sent as me").isEqualTo("/v2/users/me/meetings");
    }

    @Test
    void theServerToServerTokenActsForTheNamedUserAndMayNameOthersOfTheAccount() {
        HttpResponse<String> mine = service.api("GET", "/api/users/member@example.com/zoom/users/me/meetings", null);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(lastCall().rawPath()).as("me is the user the request is for, not the account owner")
                .isEqualTo("/v2/users/member@example.com/meetings");

        HttpResponse<String> colleague = service.api("GET",
                "/api/users/member@example.com/zoom/users/colleague@example.com", null);
        assertThat(colleague.statusCode()).as(colleague.body()).isEqualTo(200);
        assertThat(colleague.body()).contains("colleague@example.com");
    }

    @Test
    void bodiesUpToTenMegabytesAreForwarded() {
        String agenda = "0123456789abcdef".repeat(3 * 1024 * 1024 / 16);
        HttpResponse<String> forwarded = service.api("POST", proxy("users/me/meetings"),
                "{\"topic\":\"big\",\"agenda\":\"" + agenda + "\"}");
        assertThat(forwarded.statusCode()).as("not 413").isEqualTo(201);
        HttpResponse<String> read = service.api("GET", proxy("meetings/" + idOf(forwarded.body())), null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).as("a 3 MB answer passes through whole").contains("\"agenda\":\"" + agenda + "\"");

        String tooBig = "{\"agenda\":\"" + "a".repeat(11 * 1024 * 1024) + "\"}";
        assertThat(service.api("POST", proxy("users/me/no_such_endpoint"), tooBig).statusCode()).isEqualTo(413);
    }

    @Test
    void metricsNameTheRouteTemplateNeverTheRawPath() {
        service.api("GET", proxy("users/me/meetings"), null);
        HttpResponse<String> metrics = service.management("/prometheus");
        assertThat(metrics.body()).contains("zoom_proxy_requests_seconds_count{method=\"GET\",route=\"/users/{userId}/meetings\",status=\"200\"")
                .doesNotContain("route=\"/users/" + userId);
    }
}
