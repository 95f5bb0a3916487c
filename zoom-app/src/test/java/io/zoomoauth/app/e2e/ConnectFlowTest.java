package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConnectFlowTest {

    private static ZoomWorld world;
    private static ServiceInstance service;

    @BeforeAll
    static void start() {
        world = new ZoomWorld();
        service = world.start(ZoomWorld.h2("connect-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stop() {
        service.close();
        world.close();
    }

    @Test
    void authorizeRedirectsToZoomWithStatePkceS256AndTheRedirectUri() {
        HttpResponse<String> answer = service.get("/oauth/authorize");
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(world.zoom.baseUrl() + "/oauth/authorize?")
                .contains("response_type=code")
                .contains("client_id=" + ZoomWorld.CLIENT_ID)
                .contains("redirect_uri=")
                .contains("state=")
                .contains("code_challenge=")
                .contains("code_challenge_method=S256");
        assertThat(service.get("/oauth/authorize").headers().firstValue("Location").orElseThrow())
                .as("a fresh state every time").isNotEqualTo(location);
    }

    @Test
    void theWholeConnectFlowStoresTheGrantAndAnswersJson() {
        String userId = world.zoom.addUser("grace@example.com", "Grace", "Hopper");
        HttpResponse<String> answer = world.connect(service, userId, "application/json");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"userId\":\"" + userId + "\"")
                .contains("\"accountId\"").contains("\"email\":\"grace@example.com\"")
                .contains("\"displayName\":\"Grace Hopper\"").contains("\"scopes\"");
        HttpResponse<String> connection = service.api("GET", "/api/connections/" + userId, null);
        assertThat(connection.statusCode()).isEqualTo(200);
        assertThat(connection.body()).contains("\"status\":\"ACTIVE\"").contains("accessTokenExpiresAt")
                .contains("refreshTokenIssuedAt").contains("connectedAt")
                .doesNotContain("access_token").doesNotContain("refreshToken\"");
        world.zoom.apiCalls().stream().map(c -> c.bearerToken()).filter(t -> t != null)
                .forEach(token -> assertThat(connection.body()).doesNotContain(token));
    }

    @Test
    void aBrowserGetsAConnectedPage() {
        String userId = world.zoom.addUser("ada@example.com", "Ada", "Lovelace");
        HttpResponse<String> page = world.connect(service, userId, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("Connected as Ada Lovelace");
        assertThat(page.headers().firstValue("Referrer-Policy")).as("the code in the URL never leaks").contains("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void reconnectingReplacesTheGrant() {
        String userId = world.connectedUser(service, "re@example.com");
        String before = service.api("GET", "/api/connections/" + userId, null).body();
        world.clock.advance(Duration.ofMinutes(1));
        assertThat(world.connect(service, userId, "application/json").statusCode()).isEqualTo(200);
        String after = service.api("GET", "/api/connections/" + userId, null).body();
        assertThat(after).isNotEqualTo(before).contains("\"status\":\"ACTIVE\"");
        assertThat(service.api("GET", "/api/connections", null).body().split("\"userId\":\"" + userId + "\"", -1))
                .as("one connection per user").hasSize(2);
    }

    @Test
    void unknownStateIsRejectedWithoutAnyCallToZoom() {
        int before = world.zoom.totalRequests();
        HttpResponse<String> answer = service.getUri(service.url("/oauth/callback?code=abc&state=" + "x".repeat(43)), "text/html");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("expired or was already used");
        assertThat(world.zoom.totalRequests()).isEqualTo(before);
    }

    @Test
    void aUsedStateIsRejectedWithoutAnyCallToZoom() {
        String userId = world.zoom.addUser("once@example.com", "Once", "Only");
        world.zoom.autoApprove(userId);
        URI callback = world.callbackFromZoom(service);
        assertThat(service.getUri(callback, "application/json").statusCode()).isEqualTo(200);
        int before = world.zoom.totalRequests();
        HttpResponse<String> replay = service.getUri(callback, "application/json");
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("authorization_failed");
        assertThat(world.zoom.totalRequests()).isEqualTo(before);
    }

    @Test
    void anExpiredStateIsRejected() {
        String userId = world.zoom.addUser("late@example.com", "Late", "Comer");
        world.zoom.autoApprove(userId);
        URI callback = world.callbackFromZoom(service);
        world.clock.advance(Duration.ofMinutes(10));
        try {
            assertThat(service.getUri(callback, "text/html").statusCode()).isEqualTo(400);
        } finally {
            world.clock.advance(Duration.ofMinutes(-10));
        }
    }

    @Test
    void declinedConsentShowsAPageSayingSo() {
        world.zoom.autoDecline();
        URI callback = world.callbackFromZoom(service);
        assertThat(callback.getQuery()).contains("error=access_denied");
        HttpResponse<String> page = service.getUri(callback, "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("You declined");
    }

    @Test
    void aCodeZoomRejectsTellsTheUserToStartAgain() {
        String userId = world.zoom.addUser("bad@example.com", "Bad", "Code");
        world.zoom.autoApprove(userId);
        URI callback = world.callbackFromZoom(service);
        URI tampered = URI.create(callback.toString().replaceFirst("code=[^&]+", "code=not-the-code"));
        HttpResponse<String> page = service.getUri(tampered, "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("start again");
    }

    @Test
    void callbackWithoutCodeOrStateIsABadRequest() {
        assertThat(service.getUri(service.url("/oauth/callback"), "text/html").statusCode()).isEqualTo(400);
        assertThat(service.getUri(service.url("/oauth/callback?state=%3Cscript%3E&code=x"), "text/html").body())
                .doesNotContain("<script>");
    }

    @Test
    void disconnectRevokesAtZoomAndDeletesTheConnection() {
        String userId = world.connectedUser(service, "bye@example.com");
        int revocations = world.zoom.revocations();
        assertThat(service.api("DELETE", "/api/connections/" + userId, null).statusCode()).isEqualTo(204);
        assertThat(world.zoom.revocations()).isEqualTo(revocations + 1);
        HttpResponse<String> gone = service.api("GET", "/api/connections/" + userId, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("not_connected");
        assertThat(service.api("DELETE", "/api/connections/" + userId, null).statusCode()).isEqualTo(404);
    }

    @Test
    void disconnectDeletesLocallyEvenWhenZoomsRevokeFails() {
        String userId = world.connectedUser(service, "down@example.com");
        world.zoom.failNext("POST", "/oauth/revoke", 1, io.zoomoauth.fake.Fault.status(503));
        assertThat(service.api("DELETE", "/api/connections/" + userId, null).statusCode()).isEqualTo(204);
        assertThat(service.api("GET", "/api/connections/" + userId, null).statusCode()).isEqualTo(404);
    }
}
