package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.zoomoauth.fake.ApiCall;
import io.zoomoauth.fake.Fault;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Runs every flow, including failures, with all logs captured; no token, secret, key or start_url may appear. */
class NoSecretsInLogsTest {

    @Test
    void noTokenSecretApiKeyOrStartUrlInAnyLogLine() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        List<String> secrets = new ArrayList<>(List.of(ZoomWorld.CLIENT_SECRET, ServiceInstance.API_KEY,
                ZoomWorld.ENCRYPTION_KEY));
        try (ZoomWorld world = new ZoomWorld();
             ServiceInstance service = world.start(ZoomWorld.h2("logs-" + UUID.randomUUID()))) {
            String userId = world.connectedUser(service, "quiet@example.com");
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
        assertThat(secrets.size()).as("tokens were seen at all").isGreaterThan(4);
        assertThat(captured.list).isNotEmpty();
        for (ILoggingEvent event : captured.list) {
            String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : " " + event.getThrowableProxy().getMessage());
            for (String secret : secrets) {
                assertThat(line).as("log line from %s", event.getLoggerName()).doesNotContain(secret);
            }
        }
    }
}
