package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** curl and most HTTP libraries send {@code Accept: *}{@code /*}: they get the HTML pages, JSON only when asked for first. */
class CallbackContentNegotiationTest {

    private static final String ANYTHING = "*/*";

    @RegisterExtension
    static final RunningService RUNNING = new RunningService("negotiation");

    private static ZoomWorld world;
    private static ServiceInstance service;

    @BeforeAll
    static void names() {
        world = RUNNING.world();
        service = RUNNING.service();
    }

    @Test
    void aSuccessfulCallbackForAnyAcceptIsTheConnectedPage() {
        String userId = world.zoom.addUser("curl@example.com", "Curl", "User");
        HttpResponse<String> page = world.connect(service, userId, ANYTHING);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertHtml(page);
        assertThat(page.body()).contains("Connected as Curl User").doesNotContain("code=").doesNotContain("state=");
        assertThat(service.api("GET", "/api/connections/" + userId, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aDeclinedConsentForAnyAcceptIsTheNotConnectedPage() {
        world.zoom.autoDecline();
        HttpResponse<String> page = service.getUri(world.callbackFromZoom(service), ANYTHING);
        assertThat(page.statusCode()).isEqualTo(400);
        assertHtml(page);
        assertThat(page.body()).contains("You declined");
    }

    @Test
    void anUnknownStateForAnyAcceptIsTheNotConnectedPageWithoutEchoingTheQuery() {
        HttpResponse<String> page = service.getUri(service.url("/oauth/callback?code=c0de-echo&state=st4te-echo"), ANYTHING);
        assertThat(page.statusCode()).isEqualTo(400);
        assertHtml(page);
        assertThat(page.body()).contains("expired or was already used").doesNotContain("c0de-echo").doesNotContain("st4te-echo");
    }

    @Test
    void jsonFirstInAcceptGetsJson() {
        String userId = world.zoom.addUser("api@example.com", "Api", "Client");
        HttpResponse<String> answer = world.connect(service, userId, "application/json, text/html;q=0.5");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(answer.body()).contains("\"userId\":\"" + userId + "\"");
    }

    @Test
    void aBrowserPreferringHtmlGetsHtmlEvenThoughItAlsoAcceptsJson() {
        String userId = world.zoom.addUser("browser@example.com", "Brow", "Ser");
        HttpResponse<String> page = world.connect(service, userId,
                "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.8,*/*;q=0.7");
        assertThat(page.statusCode()).isEqualTo(200);
        assertHtml(page);
    }

    @Test
    void authorizeWithTextHtmlOnlyRedirectsToZoom() {
        HttpResponse<String> answer = service.getUri(service.url("/oauth/authorize"), "text/html");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).startsWith(world.zoom.baseUrl().toString());
        assertThat(service.getUri(service.url("/oauth/authorize"), ANYTHING).statusCode()).isEqualTo(302);
    }

    @Test
    void anUnknownOAuthErrorGetsAFixedMessageNotTheReflectedText() {
        URI crafted = service.url("/oauth/callback?error=%3Cscript%3Eevil%3C%2Fscript%3EPhishing+text&state=x");
        HttpResponse<String> page = service.getUri(crafted, "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("evil").doesNotContain("Phishing").contains("Zoom did not connect");
        HttpResponse<String> json = service.getUri(crafted, "application/json");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).doesNotContain("evil").doesNotContain("Phishing").contains("\"error\":\"authorization_failed\"");
    }

    private static void assertHtml(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).startsWith("<!doctype html>");
    }
}
