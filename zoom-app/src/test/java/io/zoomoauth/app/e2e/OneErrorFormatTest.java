package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every error the framework itself answers (routing, media types, conversion, JSON) uses the service's format. */
class OneErrorFormatTest {

    @RegisterExtension
    static final RunningService RUNNING = new RunningService("errors");

    private static ServiceInstance service;
    private static String userId;

    @BeforeAll
    static void connectOneUser() {
        service = RUNNING.service();
        userId = RUNNING.world().connectedUser(service, "errors@example.com");
    }

    @Test
    void malformedJsonIsOur400() {
        HttpResponse<String> answer = curl("POST", "/api/users/" + userId + "/meetings", "application/json", "{\"topic\": ");
        assertOurJson(answer, 400, "invalid_request");
        assertThat(answer.body()).contains("JSON");
    }

    @Test
    void anUnsupportedContentTypeIsOur415() {
        HttpResponse<String> answer = curl("POST", "/api/users/" + userId + "/meetings", "text/plain", "topic=x");
        assertOurJson(answer, 415, "unsupported_media_type");
        assertThat(answer.body()).contains("application/json");
    }

    @Test
    void aQueryValueOfTheWrongTypeIsOur400NamingTheParameter() {
        HttpResponse<String> answer = curl("GET", "/api/connections?page_size=abc", null, null);
        assertOurJson(answer, 400, "invalid_request");
        assertThat(answer.body()).contains("page_size");
    }

    @Test
    void anUnknownApiRouteIsOur404() {
        assertOurJson(curl("GET", "/api/no-such-thing", null, null), 404, "not_found");
        assertOurJson(curl("GET", "/webhooks/no-such-thing", null, null), 404, "not_found");
    }

    @Test
    void aWrongMethodIsOur405() {
        assertOurJson(curl("PUT", "/api/connections", "application/json", "{}"), 405, "method_not_allowed");
        assertOurJson(curl("GET", "/webhooks/zoom", null, null), 405, "method_not_allowed");
    }

    @Test
    void notConnectedCarriesTheUrlToConnect() {
        HttpResponse<String> answer = curl("GET", "/api/connections/nobody", null, null);
        assertOurJson(answer, 404, "not_connected");
        assertThat(answer.body()).contains("\"authorizeUrl\":\"" + service.url("/oauth/authorize") + "\"");
    }

    @Test
    void anUnknownPageIsOur404PageWithALinkHomeAndTheSecurityHeaders() {
        for (String accept : new String[] {"text/html", "*/*"}) {
            HttpResponse<String> page = service.getUri(service.url("/no-such-page"), accept);
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body()).startsWith("<!doctype html>").contains("href=\"/\"").doesNotContain("_links");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        }
    }

    @Test
    void aRouteErrorOutsideTheApiAskingForJsonGetsOurJson() {
        HttpResponse<String> answer = service.getUri(service.url("/no-such-page"), "application/json");
        assertOurJson(answer, 404, "not_found");
    }

    private static HttpResponse<String> curl(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.url(path)).header("Accept", "*/*")
                .header("Authorization", "Bearer " + ServiceInstance.API_KEY);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return service.send(request);
    }

    private static void assertOurJson(HttpResponse<String> answer, int status, String error) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(answer.body()).contains("\"error\":\"" + error + "\"").contains("\"message\":\"")
                .doesNotContain("_links").doesNotContain("_embedded");
    }
}
