package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.zoomoauth.fake.ApiCall;
import io.zoomoauth.fake.Fault;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs every flow, including failures, with all logs captured at the most verbose level an operator can set
 * ({@code LOG_LEVEL=TRACE}); no token, secret, key, authorization code, state or start_url may appear.
 */
class NoSecretsInLogsTest {

    private static final String WEBHOOK_SECRET = "webhook-secret-token-never-logged";
    private static final String S2S_SECRET = "s2s-client-secret-never-logged";

    private static Map<String, Object> withEveryOtherSecret(ZoomWorld world) {
        world.zoom.registerS2sApp("s2sAccount01", "s2sClient", S2S_SECRET);
        Map<String, Object> settings = world.settings(ZoomWorld.h2("logs-" + UUID.randomUUID()));
        settings.put("zoom.s2s.account-id", "s2sAccount01");
        settings.put("zoom.s2s.client-id", "s2sClient");
        settings.put("zoom.s2s.client-secret", S2S_SECRET);
        settings.put("zoom.webhooks.secret-token", WEBHOOK_SECRET);
        return settings;
    }

    @Test
    void noTokenSecretApiKeyCodeStateOrStartUrlInAnyLogLineEvenAtTrace() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.TRACE);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        List<String> secrets = new ArrayList<>(List.of(ZoomWorld.CLIENT_SECRET, ServiceInstance.API_KEY,
                ZoomWorld.ENCRYPTION_KEY, WEBHOOK_SECRET, S2S_SECRET));
        try (ZoomWorld world = new ZoomWorld();
             ServiceInstance service = ServiceInstance.start(world.port, withEveryOtherSecret(world))) {
            String userId = world.zoom.addUser("quiet@example.com", "Quiet", "User");
            world.zoom.autoApprove(userId);
            URI callback = world.callbackFromZoom(service);
            Matcher query = Pattern.compile("(?:code|state)=([^&]+)").matcher(callback.getRawQuery());
            while (query.find()) {
                secrets.add(query.group(1));
            }
            assertThat(service.getUri(callback, "*/*").statusCode()).isEqualTo(200);
            String member = world.zoom.addUser("s2sAccount01", "member@example.com", "Mem", "Ber");
            assertThat(service.api("GET", "/api/users/" + member + "/meetings", null).statusCode()).as("via S2S").isEqualTo(200);
            service.send(HttpRequest.newBuilder(service.url("/webhooks/zoom")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"app_deauthorized\"}")));
            ZoomWorld.Session session = world.createSession(service,
                    "{\"externalUserId\":\"org-quiet\",\"returnTo\":\"" + ZoomWorld.RETURN_URL + "/done\"}");
            secrets.add(session.connectUrl().getPath().substring("/connect/".length()));
            URI sessionCallback = world.approvedCallback(service, session.connectUrl(), userId);
            service.getUri(sessionCallback, "text/html");
            service.getUri(session.connectUrl(), "text/html");
            service.cookies().getCookieStore().getCookies().forEach(cookie -> secrets.add(cookie.getValue()));
            String created = service.api("POST", "/api/users/" + userId + "/meetings", "{\"topic\":\"Secret plans\"}").body();
            Matcher startUrl = Pattern.compile("\"start_url\":\"([^\"]+)\"").matcher(created);
            if (startUrl.find()) {
                secrets.add(startUrl.group(1));
            }
            // the proxy and Idempotency-Key: their answers hold start_urls too
            String proxied = service.send(java.net.http.HttpRequest.newBuilder(service.url("/api/users/" + userId
                            + "/zoom/users/me/meetings?page_size=1"))
                    .header("Authorization", "Bearer " + ServiceInstance.API_KEY).header("Idempotency-Key", "logs-1")
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"topic\":\"Proxied plans\"}"))).body();
            Matcher proxiedStartUrl = Pattern.compile("\"start_url\":\"([^\"]+)\"").matcher(proxied);
            if (proxiedStartUrl.find()) {
                secrets.add(proxiedStartUrl.group(1));
            }
            world.zoom.expireAccessTokens(userId);
            service.api("GET", "/api/users/" + userId + "/zoom/users/me", null);
            world.zoom.failNext("GET", "/v2/users/*", 1, Fault.status(500));
            service.api("GET", "/api/users/" + userId + "/zoom/users/me/meetings", null);
            world.zoom.expireAccessTokens(userId);
            service.api("GET", "/api/users/" + userId + "/meetings", null);
            world.clock.advance(Duration.ofHours(1));
            world.zoom.failNext("POST", "/oauth/token", 1, Fault.status(500));
            service.api("GET", "/api/users/" + userId + "/meetings", null);
            world.clock.advance(Duration.ofSeconds(5));
            service.api("GET", "/api/users/" + userId + "/meetings", null);
            world.zoom.revokeGrant(userId);
            world.clock.advance(Duration.ofHours(1));
            service.api("GET", "/api/users/" + userId + "/meetings", null);
            service.api("DELETE", "/api/connections/" + userId, null);
            world.zoom.apiCalls().stream().map(ApiCall::bearerToken).filter(t -> t != null && t.length() > 20)
                    .forEach(secrets::add);
        } finally {
            root.detachAppender(captured);
            root.setLevel(level);
        }
        assertThat(secrets.size()).as("tokens, code and state were seen at all").isGreaterThan(9);
        assertThat(captured.list).isNotEmpty();
        // Names the loggers that leaked, never the secret itself (the report would leak it again).
        Set<String> leaking = new TreeSet<>();
        for (ILoggingEvent event : captured.list) {
            String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : " " + event.getThrowableProxy().getMessage());
            for (String secret : secrets) {
                if (line.contains(secret)) {
                    leaking.add(event.getLoggerName() + " at " + event.getLevel());
                }
            }
        }
        assertThat(leaking).as("loggers that printed a secret").isEmpty();
    }
}
