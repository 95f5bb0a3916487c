package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.app.demo.DemoMode;
import io.zoomoauth.app.demo.DemoRefused;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Demo mode as a person tries it, over HTTP only: the service and the fake Zoom it started, nothing else. */
class DemoModeTest {

    @Test
    void connectCreateAMeetingAndAForcedRefreshWorkThroughTheFakeZoom() {
        try (DemoInstance demo = DemoInstance.start(Map.of())) {
            String userId = connect(demo, "name=Lin+Demo&email=lin%40example.com");
            HttpResponse<String> connections = demo.api("GET", "/api/connections", null);
            assertThat(connections.body()).contains("\"userId\":\"" + userId + "\"").contains("lin@example.com");

            HttpResponse<String> created = demo.api("POST", "/api/users/" + userId + "/meetings",
                    "{\"topic\":\"Demo\",\"type\":2,\"start_time\":\"2026-12-24T10:00:00Z\",\"duration\":30}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            HttpResponse<String> expired = demo.postForm(demo.zoom("/admin/users/lin@example.com/expire-access-token"), "");
            assertThat(expired.statusCode()).as(expired.body()).isEqualTo(200);
            HttpResponse<String> listed = demo.api("GET", "/api/users/" + userId + "/meetings", null);
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            assertThat(listed.body()).contains("\"topic\":\"Demo\"");
            assertThat(demo.get(demo.zoom("/admin/counters"), "application/json").body())
                    .contains("\"refresh_token\":1").contains("\"refresh_token_reuse\":0");
            assertThat(demo.get(demo.service("/prometheus"), "text/plain").statusCode())
                    .as("metrics are management data").isEqualTo(401);
            assertThat(demo.send(java.net.http.HttpRequest.newBuilder(demo.service("/prometheus"))
                    .header("Authorization", "Bearer " + demo.apiKey()).GET()).body())
                    .contains("zoom_token_refresh_total{outcome=\"success\"} 1");

            demo.postForm(demo.zoom("/admin/users/lin@example.com/revoke-grant"), "");
            HttpResponse<String> revoked = demo.api("GET", "/api/users/" + userId + "/profile", null);
            assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(409);
            assertThat(revoked.body()).contains("reauthorization_required");

            assertThat(connect(demo, "email=lin%40example.com")).as("the same Zoom user again").isEqualTo(userId);
            assertThat(demo.api("GET", "/api/connections/" + userId, null).body()).contains("\"status\":\"ACTIVE\"");
        }
    }

    @Test
    void refusesToStartWithAMySqlUrl_andStartsNothing() throws IOException {
        int zoomPort = ServiceInstance.freePort();

        assertThatThrownBy(() -> DemoMode.start(DemoInstance.builder(Map.of("zoom.demo.zoom-port", zoomPort,
                "datasources.default.url", "jdbc:mysql://db.internal:3306/zoom?user=zoom&password=s3cret"))))
                .isInstanceOf(DemoRefused.class)
                .hasMessageContaining("DATASOURCES_DEFAULT_URL is jdbc:mysql://db.internal:3306/zoom")
                .hasMessageNotContaining("s3cret");
        try (ServerSocket stillFree = new ServerSocket(zoomPort)) {
            assertThat(stillFree.isBound()).as("the fake Zoom never started").isTrue();
        }
    }

    @Test
    void refusesToStartWithZoomUrlsOrAZoomAppConfigured() {
        assertThatThrownBy(() -> DemoMode.start(DemoInstance.builder(Map.of(
                "zoom.api.base-url", "https://api.zoom.us.proxy.example", "zoom.oauth.client-id", "realClientId"))))
                .isInstanceOf(DemoRefused.class)
                .hasMessageContaining("ZOOM_API_URL is set to https://api.zoom.us.proxy.example")
                .hasMessageContaining("ZOOM_CLIENT_ID is set");
    }

    @Test
    void refusesToStartWhenTheFakeZoomsPortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> DemoMode.start(DemoInstance.builder(Map.of("zoom.demo.zoom-port",
                    taken.getLocalPort()))))
                    .isInstanceOf(DemoRefused.class)
                    .hasMessageContaining("cannot listen on port " + taken.getLocalPort())
                    .hasMessageContaining("ZOOM_DEMO_ZOOM_PORT");
        }
    }

    /** The browser's walk: our /oauth/authorize → the fake's consent page → Allow as this user → our callback. */
    static String connect(DemoInstance demo, String who) {
        HttpResponse<String> toZoom = demo.get(demo.service("/oauth/authorize"), "text/html,*/*;q=0.8");
        assertThat(toZoom.statusCode()).as(toZoom.body()).isEqualTo(302);
        URI consentPage = URI.create(toZoom.headers().firstValue("Location").orElseThrow());
        assertThat(consentPage.toString()).startsWith(demo.zoom("/oauth/authorize?").toString());
        HttpResponse<String> page = demo.get(consentPage, "text/html");
        assertThat(page.body()).contains("ada@example.com").contains("grace@example.com");
        Matcher request = Pattern.compile("name=\"request\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(request.find()).as(page.body()).isTrue();

        HttpResponse<String> allowed = demo.postForm(demo.zoom("/oauth/authorize/consent"),
                "request=" + request.group(1) + "&decision=allow&" + who);
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(302);
        HttpResponse<String> callback = demo.get(URI.create(allowed.headers().firstValue("Location").orElseThrow()),
                "application/json");
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(200);
        Matcher userId = Pattern.compile("\"userId\":\"([^\"]+)\"").matcher(callback.body());
        assertThat(userId.find()).as(callback.body()).isTrue();
        return userId.group(1);
    }
}
