package io.zoomoauth.app.e2e;

import static io.zoomoauth.app.e2e.ZoomWorld.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Connect sessions end to end over HTTP with the fake Zoom: the organisation's backend creates a session, the
 * browser follows its link through Zoom's consent page and comes back to the return URL with the result. Run on H2
 * and on a real MariaDB by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConnectSessionsContract {

    private static final String DONE = ZoomWorld.RETURN_URL + "/done";

    private ZoomWorld world;
    private ServiceInstance service;

    /** The database the instance runs on. */
    abstract Map<String, Object> database();

    abstract void dropDatabase();

    @BeforeAll
    void start() {
        world = new ZoomWorld();
        service = world.start(database());
    }

    @AfterAll
    void stop() {
        try {
            service.close();
            world.close();
        } finally {
            dropDatabase();
        }
    }

    private static String body(String externalUserId, String returnTo) {
        return "{\"externalUserId\":\"" + externalUserId + "\"" + (returnTo == null ? "" : ",\"returnTo\":\"" + returnTo + "\"")
                + ",\"tags\":{\"plan\":\"pro\",\"team\":\"blue\"}}";
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    private URI returnedTo(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(DONE + "?").doesNotContain("code=").doesNotContain("token");
        return location;
    }

    private String session(String id) {
        HttpResponse<String> answer = service.api("GET", "/api/connect-sessions/" + id, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** Session for {@code externalUserId} → link → Zoom approves {@code zoomUserId} → callback; the callback's answer. */
    private HttpResponse<String> connectThroughSession(String externalUserId, String zoomUserId, String returnTo) {
        ZoomWorld.Session created = world.createSession(service, body(externalUserId, returnTo));
        return service.getUri(world.approvedCallback(service, created.connectUrl(), zoomUserId), "text/html");
    }

    @Test
    void aSessionConnectsTheUserAndSendsTheBrowserBackWithTheResult() {
        String zoomUserId = world.zoom.addUser("ada.session@example.com", "Ada", "Lovelace");
        ZoomWorld.Session created = world.createSession(service, body("org-ada", DONE + "?from=settings"));
        assertThat(created.json()).contains("\"externalUserId\":\"org-ada\"").contains("\"status\":\"PENDING\"")
                .contains("\"tags\":{\"plan\":\"pro\",\"team\":\"blue\"}").contains("\"expiresAt\":")
                .contains("\"returnTo\":\"" + DONE + "?from=settings\"");
        assertThat(created.connectUrl().toString()).startsWith("http://127.0.0.1:" + world.port + "/connect/");
        assertThat(created.connectUrl().getPath().substring("/connect/".length())).hasSizeGreaterThanOrEqualTo(22);

        HttpResponse<String> toZoom = service.getUri(created.connectUrl(), "text/html");
        assertThat(toZoom.statusCode()).isEqualTo(302);
        String cookie = toZoom.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("zoom_oauth_browser=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .contains("Path=/").doesNotContain("Secure");
        world.zoom.autoApprove(zoomUserId);
        HttpResponse<String> back = service.getUri(URI.create(toZoom.headers().firstValue("Location").orElseThrow()), "text/html");
        HttpResponse<String> callback = service.getUri(URI.create(back.headers().firstValue("Location").orElseThrow()), "text/html");

        Map<String, String> result = query(returnedTo(callback));
        assertThat(result).containsExactly(Map.entry("from", "settings"), Map.entry("status", "connected"),
                Map.entry("sessionId", created.id()), Map.entry("externalUserId", "org-ada"),
                Map.entry("zoomUserId", zoomUserId));
        String finished = session(created.id());
        assertThat(finished).contains("\"status\":\"COMPLETED\"").contains("\"zoomUserId\":\"" + zoomUserId + "\"")
                .contains("\"error\":null").contains("\"connectUrl\":null");
        String connections = service.api("GET", "/api/connections?externalUserId=org-ada", null).body();
        assertThat(connections).contains("\"userId\":\"" + zoomUserId + "\"").contains("\"externalUserId\":\"org-ada\"")
                .contains("\"tags\":{\"plan\":\"pro\",\"team\":\"blue\"}").contains("\"next_page_token\":\"\"");
    }

    @Test
    void withoutReturnToTheFlowEndsOnTheConnectedPage() {
        String zoomUserId = world.zoom.addUser("page.session@example.com", "Page", "Only");
        HttpResponse<String> page = connectThroughSession("org-page", zoomUserId, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Connected as Page Only");
    }

    @Test
    void declineSendsTheBrowserBackWithAccessDenied() {
        ZoomWorld.Session created = world.createSession(service, body("org-decline", DONE));
        world.zoom.autoDecline();
        HttpResponse<String> callback = service.getUri(world.callbackFromLink(service, created.connectUrl()), "text/html");

        assertThat(query(returnedTo(callback))).containsExactly(Map.entry("status", "error"),
                Map.entry("sessionId", created.id()), Map.entry("error", "access_denied"));
        assertThat(session(created.id())).contains("\"status\":\"FAILED\"").contains("\"error\":\"access_denied\"");
        assertThat(service.api("GET", "/api/connections?externalUserId=org-decline", null).body())
                .contains("\"connections\":[]");
    }

    @Test
    void aCodeZoomRefusesSendsTheBrowserBackWithAuthorizationFailed() {
        String zoomUserId = world.zoom.addUser("badcode.session@example.com", "Bad", "Code");
        ZoomWorld.Session created = world.createSession(service, body("org-badcode", DONE));
        URI callback = world.approvedCallback(service, created.connectUrl(), zoomUserId);
        URI tampered = URI.create(callback.toString().replaceFirst("code=[^&]+", "code=not-the-code"));

        assertThat(query(returnedTo(service.getUri(tampered, "text/html"))))
                .containsEntry("status", "error").containsEntry("error", "authorization_failed");
        assertThat(session(created.id())).contains("\"status\":\"FAILED\"").contains("\"error\":\"authorization_failed\"");
    }

    @Test
    void anExpiredSessionSendsTheBrowserBackWithSessionExpired() {
        ZoomWorld.Session created = world.createSession(service, body("org-late", DONE));
        world.clock.advance(Duration.ofMinutes(30));
        try {
            int before = world.zoom.totalRequests();
            assertThat(query(returnedTo(service.getUri(created.connectUrl(), "text/html"))))
                    .containsEntry("status", "error").containsEntry("sessionId", created.id())
                    .containsEntry("error", "session_expired");
            assertThat(session(created.id())).contains("\"status\":\"EXPIRED\"");
            assertThat(world.zoom.totalRequests()).isEqualTo(before);
        } finally {
            world.clock.advance(Duration.ofMinutes(-30));
        }
    }

    @Test
    void aUsedSessionSendsTheBrowserBackWithSessionUsedAndAnUnusableLinkWithoutReturnToSaysSo() {
        String zoomUserId = world.zoom.addUser("twice.session@example.com", "Twice", "Used");
        ZoomWorld.Session created = world.createSession(service, body("org-twice", DONE));
        URI callback = world.approvedCallback(service, created.connectUrl(), zoomUserId);
        assertThat(query(returnedTo(service.getUri(callback, "text/html")))).containsEntry("status", "connected");

        assertThat(query(returnedTo(service.getUri(created.connectUrl(), "text/html"))))
                .containsEntry("error", "session_used");
        HttpResponse<String> replay = service.getUri(callback, "text/html");
        assertThat(replay.statusCode()).as("the state itself is single use").isEqualTo(400);

        ZoomWorld.Session noReturn = world.createSession(service, body("org-twice-2", null));
        world.zoom.autoApprove(world.zoom.addUser("twice2.session@example.com", "Twice", "Two"));
        assertThat(service.getUri(world.callbackFromLink(service, noReturn.connectUrl()), "text/html").statusCode())
                .isEqualTo(200);
        HttpResponse<String> usedPage = service.getUri(noReturn.connectUrl(), "text/html");
        assertThat(usedPage.statusCode()).isEqualTo(400);
        assertThat(usedPage.body()).contains("already used");
        HttpResponse<String> unknown = service.getUri(service.url("/connect/" + "A".repeat(43)), "text/html");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("not valid");
    }

    @Test
    void openingTheLinkAgainRestartsTheFlowAndTheFirstTabThenFindsItUsed() {
        String zoomUserId = world.zoom.addUser("double.session@example.com", "Double", "Click");
        ZoomWorld.Session created = world.createSession(service, body("org-double", DONE));
        URI firstTab = world.approvedCallback(service, created.connectUrl(), zoomUserId);
        URI secondTab = world.approvedCallback(service, created.connectUrl(), zoomUserId);

        assertThat(query(returnedTo(service.getUri(secondTab, "text/html")))).containsEntry("status", "connected");
        int tokenCalls = world.zoom.tokenCalls("authorization_code");
        assertThat(query(returnedTo(service.getUri(firstTab, "text/html")))).containsEntry("error", "session_used");
        assertThat(world.zoom.tokenCalls("authorization_code")).isEqualTo(tokenCalls);
    }

    @Test
    void aCallbackWithoutTheBrowsersCookieOrWithAForgedOneIsRefusedWithoutCallingZoom() {
        String zoomUserId = world.zoom.addUser("csrf.session@example.com", "Cross", "Site");
        for (String cookie : new String[] {null, "zoom_oauth_browser=" + "f".repeat(43)}) {
            ZoomWorld.Session created = world.createSession(service, body("org-csrf", DONE));
            URI callback = world.approvedCallback(service, created.connectUrl(), zoomUserId);
            int before = world.zoom.totalRequests();

            HttpResponse<String> refused = service.getFromAnotherBrowser(callback, "text/html", cookie);

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("expired or was already used");
            assertThat(world.zoom.totalRequests()).as("no token call").isEqualTo(before);
            assertThat(session(created.id())).contains("\"status\":\"PENDING\"");
        }
        // The same binding guards the anonymous flow.
        world.zoom.autoApprove(zoomUserId);
        URI anonymous = world.callbackFromZoom(service);
        int before = world.zoom.totalRequests();
        assertThat(service.getFromAnotherBrowser(anonymous, "application/json", null).statusCode()).isEqualTo(400);
        assertThat(world.zoom.totalRequests()).isEqualTo(before);
    }

    @Test
    void badSessionRequestsAre400sNamingTheField() {
        assertBadRequest("{\"externalUserId\":\"u1\",\"returnTo\":\"https://evil.example.com/zoom/done\"}", "returnTo");
        assertBadRequest("{\"externalUserId\":\"u1\",\"returnTo\":\"https://app.example.com/zoomed\"}", "returnTo");
        assertBadRequest("{\"externalUserId\":\"u1\",\"returnTo\":\"https://app.example.com@evil.com/zoom\"}", "returnTo");
        assertBadRequest("{\"returnTo\":\"" + DONE + "\"}", "externalUserId");
        assertBadRequest("{\"externalUserId\":\"\"}", "externalUserId");
        assertBadRequest("{\"externalUserId\":\"" + "x".repeat(256) + "\"}", "externalUserId");
        StringBuilder tags = new StringBuilder("{");
        for (int i = 0; i < 11; i++) {
            tags.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
        }
        assertBadRequest("{\"externalUserId\":\"u1\",\"tags\":" + tags + "}}", "tags");
        assertBadRequest("{\"externalUserId\":\"u1\",\"tags\":{\"k\":\"" + "v".repeat(256) + "\"}}", "tags");
        assertThat(service.api("POST", "/api/connect-sessions", "{not json").statusCode()).isEqualTo(400);
        assertThat(service.api("POST", "/api/connect-sessions", "{\"externalUserId\":\"u1\",\"tags\":[1]}").statusCode())
                .isEqualTo(400);
        assertThat(service.send(java.net.http.HttpRequest.newBuilder(service.url("/api/connect-sessions"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body("u1", null)))).statusCode())
                .as("the API key is required").isEqualTo(401);
    }

    private void assertBadRequest(String json, String field) {
        HttpResponse<String> answer = service.api("POST", "/api/connect-sessions", json);
        assertThat(answer.statusCode()).as(json).isEqualTo(400);
        assertThat(answer.body()).as(json).contains(field).doesNotContain("Exception");
    }

    @Test
    void cancellingAPendingSessionMakesItsLinkSendTheBrowserBackWithSessionCancelled() {
        ZoomWorld.Session created = world.createSession(service, body("org-cancel", DONE));
        assertThat(service.api("DELETE", "/api/connect-sessions/" + created.id(), null).statusCode()).isEqualTo(204);
        assertThat(session(created.id())).contains("\"status\":\"CANCELLED\"");
        assertThat(query(returnedTo(service.getUri(created.connectUrl(), "text/html"))))
                .containsEntry("error", "session_cancelled");
        assertThat(service.api("DELETE", "/api/connect-sessions/" + created.id(), null).statusCode()).isEqualTo(409);
        assertThat(service.api("DELETE", "/api/connect-sessions/cs_" + "x".repeat(22), null).statusCode()).isEqualTo(404);
        assertThat(service.api("GET", "/api/connect-sessions/nope", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aSessionForAUserWhoseConnectionNeedsReauthorizationRestoresIt() {
        String zoomUserId = world.zoom.addUser("reauth.session@example.com", "Re", "Auth");
        assertThat(connectThroughSession("org-reauth", zoomUserId, DONE).statusCode()).isEqualTo(303);
        world.zoom.revokeGrant(zoomUserId);
        world.clock.advance(Duration.ofHours(1));
        assertThat(service.api("GET", "/api/users/" + zoomUserId + "/meetings", null).statusCode()).isEqualTo(409);
        assertThat(service.api("GET", "/api/connections?status=REAUTHORIZATION_REQUIRED&externalUserId=org-reauth", null)
                .body()).contains("\"userId\":\"" + zoomUserId + "\"");

        HttpResponse<String> callback = connectThroughSession("org-reauth", zoomUserId, DONE);

        assertThat(query(returnedTo(callback))).containsEntry("status", "connected").containsEntry("zoomUserId", zoomUserId);
        assertThat(service.api("GET", "/api/connections/" + zoomUserId, null).body())
                .contains("\"status\":\"ACTIVE\"").contains("\"externalUserId\":\"org-reauth\"");
        assertThat(service.api("GET", "/api/connections?status=REAUTHORIZATION_REQUIRED&externalUserId=org-reauth", null)
                .body()).contains("\"connections\":[]");
        assertThat(service.api("GET", "/api/users/" + zoomUserId + "/meetings", null).statusCode()).isEqualTo(200);
    }

    @Test
    void oneExternalUserHasOneConnectionAndAZoomAccountMovesToTheNewerExternalUser() {
        String first = world.zoom.addUser("link.first@example.com", "Link", "First");
        String second = world.zoom.addUser("link.second@example.com", "Link", "Second");
        connectThroughSession("org-link", first, DONE);
        connectThroughSession("org-link", second, DONE);

        String old = service.api("GET", "/api/connections/" + first, null).body();
        assertThat(field(old, "externalUserId")).as("the old connection is kept, unlinked").isNull();
        assertThat(old).contains("\"externalUserId\":null").contains("\"unlinkedFromExternalUserId\":\"org-link\"")
                .contains("\"status\":\"ACTIVE\"");
        String linked = service.api("GET", "/api/connections?externalUserId=org-link", null).body();
        assertThat(linked).contains("\"userId\":\"" + second + "\"").doesNotContain("\"userId\":\"" + first + "\"");

        connectThroughSession("org-link-newer", second, DONE);
        assertThat(service.api("GET", "/api/connections?externalUserId=org-link", null).body()).contains("\"connections\":[]");
        assertThat(field(service.api("GET", "/api/connections/" + second, null).body(), "externalUserId"))
                .isEqualTo("org-link-newer");
    }

    @Test
    void connectionsArePagedAndEveryFieldIsAlwaysPresent() {
        for (int i = 0; i < 5; i++) {
            world.connectedUser(service, "paged" + i + "@example.com");
        }
        Map<String, Boolean> seen = new HashMap<>();
        String token = "";
        int pages = 0;
        do {
            HttpResponse<String> page = service.api("GET", "/api/connections?page_size=2"
                    + (token.isEmpty() ? "" : "&next_page_token=" + token), null);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).startsWith("{\"connections\":[");
            java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\"userId\":\"([^\"]+)\"").matcher(page.body());
            int onPage = 0;
            while (ids.find()) {
                assertThat(seen.put(ids.group(1), true)).as("each connection once").isNull();
                onPage++;
            }
            assertThat(onPage).isLessThanOrEqualTo(2);
            token = field(page.body(), "next_page_token");
            pages++;
        } while (!token.isEmpty() && pages < 100);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(5);
        assertThat(pages).isGreaterThanOrEqualTo(3);

        String one = service.api("GET", "/api/connections/" + seen.keySet().iterator().next(), null).body();
        for (String name : new String[] {"statusReason", "lastRefreshedAt", "externalUserId", "tags",
                "unlinkedFromExternalUserId", "unlinkedAt"}) {
            assertThat(one).contains("\"" + name + "\":");
        }
        assertThat(service.api("GET", "/api/connections?page_size=301", null).statusCode()).isEqualTo(400);
        assertThat(service.api("GET", "/api/connections?page_size=0", null).statusCode()).isEqualTo(400);
        assertThat(service.api("GET", "/api/connections?status=SLEEPING", null).body()).contains("status");
        assertThat(service.api("GET", "/api/connections?next_page_token=%25%25", null).statusCode()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentDescribesTheConnectSessionRoutesWithSchemas() {
        String openApi = service.get("/swagger/zoom-oauth-service-0.1.yml").body();
        assertThat(openApi).contains("/api/connect-sessions:").contains("/api/connect-sessions/{id}:")
                .contains("operationId: createConnectSession").contains("operationId: getConnectSession")
                .contains("operationId: cancelConnectSession").contains("operationId: listConnections")
                .contains("operationId: openConnectLink").containsPattern("\\$ref: [\"']#/components/schemas/ConnectSession[\"']")
                .containsPattern("\\$ref: [\"']#/components/schemas/CreateConnectSession[\"']")
                .containsPattern("\\$ref: [\"']#/components/schemas/ConnectionList[\"']").contains("next_page_token");
    }

    @Test
    void housekeepingForgetsSessionsADayAfterTheyExpired() {
        ZoomWorld.Session created = world.createSession(service, body("org-old", DONE));
        world.clock.advance(Duration.ofDays(1).plusMinutes(31));
        try {
            service.context().getBean(io.zoomoauth.app.housekeeping.HousekeepingJob.class).runOnce();
            assertThat(service.api("GET", "/api/connect-sessions/" + created.id(), null).statusCode()).isEqualTo(404);
            assertThat(service.getUri(created.connectUrl(), "text/html").body()).contains("not valid");
        } finally {
            world.clock.advance(Duration.ofDays(1).plusMinutes(31).negated());
        }
    }

    @Test
    void aMalformedReturnUrlStopsStartUpNamingTheVariable() {
        Map<String, Object> settings = world.settings(database());
        settings.put("zoom.connect.return-urls", "app.example.com/zoom");
        assertThatThrownBy(() -> ServiceInstance.start(ServiceInstance.freePort(), settings).close())
                .hasStackTraceContaining("ZOOM_CONNECT_RETURN_URLS");
    }

    @Test
    void requireSessionTurnsTheAnonymousAuthorizeOffButNotConnectLinks() {
        Map<String, Object> settings = world.settings(database());
        settings.put("zoom.connect.require-session", "true");
        settings.put("zoom.connect.public-url", "https://connect.example.com/zoom-connector");
        int port = ServiceInstance.freePort();
        try (ServiceInstance strict = ServiceInstance.start(port, settings)) {
            HttpResponse<String> anonymous = strict.get("/oauth/authorize");
            assertThat(anonymous.statusCode()).isEqualTo(403);
            assertThat(anonymous.body()).contains("started from the organisation's app");
            HttpResponse<String> created = strict.api("POST", "/api/connect-sessions", body("org-strict", DONE));
            assertThat(created.statusCode()).isEqualTo(201);
            URI link = URI.create(field(created.body(), "connectUrl"));
            assertThat(link.toString()).as("built on ZOOM_PUBLIC_URL").startsWith("https://connect.example.com/zoom-connector/connect/");
            URI local = strict.url(link.getPath().substring("/zoom-connector".length()));
            assertThat(strict.getUri(local, "text/html").statusCode()).isEqualTo(302);
        }
    }
}
