package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.fake.Fault;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingsApiTest {

    private static ZoomWorld world;
    private static ServiceInstance service;
    private static String userId;

    @BeforeAll
    static void start() {
        world = new ZoomWorld();
        service = world.start(ZoomWorld.h2("meetings-" + UUID.randomUUID()));
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

    private static long idOf(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void createsListsGetsUpdatesAndDeletesAMeetingAsTheUser() {
        HttpResponse<String> created = service.api("POST", "/api/users/" + userId + "/meetings",
                "{\"topic\":\"Planning\",\"type\":2,\"start_time\":\"2026-12-01T10:00:00Z\",\"duration\":30,"
                + "\"settings\":{\"waiting_room\":true,\"brand_new_zoom_flag\":\"kept\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = idOf(created.body());
        assertThat(id).as("64-bit ids").isGreaterThan(Integer.MAX_VALUE);
        assertThat(created.body()).contains("\"topic\":\"Planning\"").contains("join_url")
                .contains("\"brand_new_zoom_flag\":\"kept\"");
        assertThat(world.zoom.apiCallCount("POST /v2/users/{userId}/meetings")).isGreaterThanOrEqualTo(1);
        assertThat(world.zoom.apiCalls().stream().filter(c -> c.method().equals("POST")).reduce((a, b) -> b)
                .orElseThrow().rawPath()).isEqualTo("/v2/users/me/meetings");

        HttpResponse<String> list = service.api("GET", "/api/users/" + userId + "/meetings?page_size=10&type=scheduled", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":" + id).contains("\"next_page_token\":\"\"")
                .contains("\"host_id\":").doesNotContain("otherFields");

        HttpResponse<String> one = service.api("GET", "/api/users/" + userId + "/meetings/" + id, null);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"topic\":\"Planning\"");

        assertThat(service.api("PATCH", "/api/users/" + userId + "/meetings/" + id, "{\"topic\":\"Renamed\"}")
                .statusCode()).isEqualTo(204);
        assertThat(service.api("GET", "/api/users/" + userId + "/meetings/" + id, null).body()).contains("Renamed");

        assertThat(service.api("DELETE", "/api/users/" + userId + "/meetings/" + id, null).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = service.api("GET", "/api/users/" + userId + "/meetings/" + id, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("\"zoomCode\":3001").contains("zoomTrackingId");
    }

    @Test
    void profileIsZoomsUsersMe() {
        HttpResponse<String> profile = service.api("GET", "/api/users/" + userId + "/profile", null);
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("\"id\":\"" + userId + "\"").contains("host@example.com")
                .contains("\"account_id\":\"").contains("\"first_name\":").doesNotContain("otherFields");
    }

    @Test
    void apiNeedsAValidApiKey() {
        HttpResponse<String> none = service.send(HttpRequest.newBuilder(service.url("/api/connections")).GET());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("\"error\":\"unauthorized\"");
        HttpResponse<String> wrong = service.send(HttpRequest.newBuilder(service.url("/api/connections"))
                .header("Authorization", "Bearer " + ServiceInstance.API_KEY + "x").GET());
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> basic = service.send(HttpRequest.newBuilder(service.url("/api/connections"))
                .header("Authorization", "Basic " + ServiceInstance.API_KEY).GET());
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownUserIsNotConnected() {
        HttpResponse<String> answer = service.api("GET", "/api/users/nobodyHere/meetings", null);
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("\"error\":\"not_connected\"");
    }

    @Test
    void invalidInputIsA400NamingTheField() {
        assertBadRequest(service.api("GET", "/api/users/" + userId + "/meetings/12abc", null), "meetingId");
        assertBadRequest(service.api("GET", "/api/users/" + userId + "/meetings/99999999999999999999", null), "meetingId");
        assertBadRequest(service.api("POST", "/api/users/" + userId + "/meetings", "{\"type\":2}"), "topic");
        assertBadRequest(service.api("POST", "/api/users/" + userId + "/meetings", "{\"topic\":\"t\",\"type\":\"two\"}"), "type");
        assertBadRequest(service.api("POST", "/api/users/" + userId + "/meetings", "{\"topic\":\"t\",\"start_time\":\"soon\"}"), "start_time");
        assertBadRequest(service.api("PATCH", "/api/users/" + userId + "/meetings/123", "{}"), "at least one");
        assertBadRequest(service.api("GET", "/api/users/" + userId + "/meetings?page_size=1000", null), "page_size");
        assertBadRequest(service.api("GET", "/api/users/me/meetings", null), "userId");
        assertBadRequest(service.api("GET", "/api/connections?page_size=0", null), "page_size");
        HttpResponse<String> malformed = service.api("POST", "/api/users/" + userId + "/meetings", "{\"topic\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("at io.").doesNotContain("Exception");
    }

    @Test
    void hostileIdsNeverReachZoom() {
        int before = world.zoom.totalRequests();
        for (String id : new String[] {"..%2F..%2Fadmin", "a%20b", "x%3Fy%3D1"}) {
            HttpResponse<String> answer = service.api("GET", "/api/users/" + id + "/meetings", null);
            assertThat(answer.statusCode()).as(id).isIn(400, 404);
        }
        assertThat(world.zoom.totalRequests()).isEqualTo(before);
    }

    @Test
    void zoomServerErrorsAreBadGatewayAndReadsAreRetried() {
        world.zoom.failNext("GET", "/v2/users/*", 3, Fault.status(503));
        HttpResponse<String> answer = service.api("GET", "/api/users/" + userId + "/meetings", null);
        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(answer.body()).contains("\"error\":\"zoom_unavailable\"");
        world.zoom.failNext("GET", "/v2/users/*", 2, Fault.status(500));
        assertThat(service.api("GET", "/api/users/" + userId + "/meetings", null).statusCode())
                .as("two retries absorb two failures").isEqualTo(200);
    }

    @Test
    void aCreateIsNeverRetried() {
        long creates = world.zoom.apiCallCount("POST /v2/users/{userId}/meetings");
        world.zoom.failNext("POST", "/v2/users/*", 1, Fault.status(502));
        HttpResponse<String> answer = service.api("POST", "/api/users/" + userId + "/meetings", "{\"topic\":\"Once\"}");
        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(world.zoom.apiCallCount("POST /v2/users/{userId}/meetings")).isEqualTo(creates + 1);
    }

    @Test
    void rateLimitsAre429WithRetryAfter() {
        world.zoom.failNext("GET", "/v2/users/*", 1, Fault.rateLimitRetryAfterSeconds(7));
        HttpResponse<String> answer = service.api("GET", "/api/users/" + userId + "/meetings", null);
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.body()).contains("zoom_rate_limited");
        world.zoom.failNext("POST", "/v2/users/*", 1, Fault.dailyLimit(world.clock.instant().plusSeconds(3600)));
        HttpResponse<String> daily = service.api("POST", "/api/users/" + userId + "/meetings", "{\"topic\":\"x\"}");
        assertThat(daily.statusCode()).isEqualTo(429);
        assertThat(daily.body()).contains("zoom_daily_limit");
        assertThat(daily.headers().firstValue("Retry-After")).hasValue("3600");
        world.zoom.failNext("GET", "/v2/users/*", 1, Fault.rateLimit(null, "Daily-limit"));
        HttpResponse<String> dailyWithoutRetryAfter = service.api("GET", "/api/users/" + userId + "/meetings", null);
        assertThat(dailyWithoutRetryAfter.statusCode()).isEqualTo(429);
        assertThat(dailyWithoutRetryAfter.headers().firstValue("Retry-After")).as("until 00:00 UTC, when Zoom resets it")
                .hasValue(Long.toString(java.time.Duration.between(world.clock.instant(),
                        world.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(java.time.Duration.ofDays(1)))
                        .toSeconds()));
    }

    private static void assertBadRequest(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains(field).doesNotContain("\tat ");
    }
}
