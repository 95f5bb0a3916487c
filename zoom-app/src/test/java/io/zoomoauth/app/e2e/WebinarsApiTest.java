package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.fake.Fault;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/users/{userId}/webinars}: the endpoint added by following docs/adding-a-zoom-endpoint.md. */
class WebinarsApiTest {

    private static ZoomWorld world;
    private static ServiceInstance service;
    private static String userId;

    @BeforeAll
    static void start() {
        world = new ZoomWorld();
        world.zoom.registerS2sApp("fakeAccount01", "s2sClient", "s2s-secret-for-webinars");
        Map<String, Object> settings = world.settings(ZoomWorld.h2("webinars-" + UUID.randomUUID()));
        settings.put("zoom.s2s.account-id", "fakeAccount01");
        settings.put("zoom.s2s.client-id", "s2sClient");
        settings.put("zoom.s2s.client-secret", "s2s-secret-for-webinars");
        service = ServiceInstance.start(world.port, settings);
        userId = world.connectedUser(service, "speaker@example.com");
        for (int i = 1; i <= 3; i++) {
            world.zoom.addToUserList("webinars", userId, Map.of("id", 90_000_000_000L + i, "topic", "Webinar " + i,
                    "start_time", "2026-12-0" + i + "T16:00:00Z", "registration_url", "https://fake.zoom.us/r/" + i));
        }
    }

    @AfterAll
    static void stop() {
        service.close();
        world.close();
    }

    @Test
    void listsAUsersWebinarsInZoomsPageShape_pageByPage() {
        HttpResponse<String> first = service.api("GET", "/api/users/" + userId + "/webinars?page_size=2", null);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"page_size\":2").contains("\"total_records\":3")
                .contains("\"id\":90000000001").contains("\"start_time\":\"2026-12-01T16:00:00Z\"")
                .contains("\"registration_url\":\"https://fake.zoom.us/r/1\"").doesNotContain("otherFields")
                .doesNotContain("Webinar 3");
        Matcher token = Pattern.compile("\"next_page_token\":\"([^\"]+)\"").matcher(first.body());
        assertThat(token.find()).as(first.body()).isTrue();

        HttpResponse<String> second = service.api("GET", "/api/users/" + userId + "/webinars?page_size=2&next_page_token="
                + token.group(1), null);
        assertThat(second.body()).contains("Webinar 3").contains("\"next_page_token\":\"\"");
    }

    @Test
    void aUserWithoutAGrantIsServedWithTheServerToServerToken() {
        String member = world.zoom.addUser("member@example.com", "Mem", "Ber");
        world.zoom.addToUserList("webinars", member, Map.of("id", 91_000_000_000L, "topic", "Members only"));

        HttpResponse<String> answer = service.api("GET", "/api/users/member@example.com/webinars", null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("Members only");
    }

    @Test
    void queryValuesZoomCannotTake_areA400NamingTheParameter_andNeverReachZoom() {
        int before = world.zoom.totalRequests();

        for (String query : new String[] {"page_size=two", "page_size=1000", "next_page_token=%3Cscript%3E"}) {
            HttpResponse<String> answer = service.api("GET", "/api/users/" + userId + "/webinars?" + query, null);
            assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains(query.substring(0, query.indexOf('='))).doesNotContain("\tat ");
        }
        assertThat(world.zoom.totalRequests()).isEqualTo(before);
    }

    @Test
    void zoomFailuresAreTheServicesErrors_andTheReadIsRetried() {
        world.zoom.failNext("GET", "/v2/users/me/webinars", 1, Fault.status(503));
        assertThat(service.api("GET", "/api/users/" + userId + "/webinars", null).statusCode()).isEqualTo(200);

        world.zoom.failNext("GET", "/v2/users/me/webinars", 3, Fault.status(503));
        HttpResponse<String> unavailable = service.api("GET", "/api/users/" + userId + "/webinars", null);
        assertThat(unavailable.statusCode()).isEqualTo(502);
        assertThat(unavailable.body()).contains("\"error\":\"zoom_unavailable\"");
        world.zoom.clearFaults();
    }
}
