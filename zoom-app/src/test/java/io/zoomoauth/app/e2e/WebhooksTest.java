package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebhooksTest {

    private static final String SECRET = "webhook-secret-token-for-tests";
    private static ZoomWorld world;
    private static ServiceInstance service;

    @BeforeAll
    static void start() {
        world = new ZoomWorld();
        Map<String, Object> settings = world.settings(ZoomWorld.h2("webhooks-" + UUID.randomUUID()));
        settings.put("zoom.webhooks.secret-token", SECRET);
        service = ServiceInstance.start(world.port, settings);
    }

    @AfterAll
    static void stop() {
        service.close();
        world.close();
    }

    private static String hmacHex(String secret, String message) {
        return SignedWebhooks.hmacHex(secret, message);
    }

    private HttpResponse<String> deliver(String body, Instant signedAt, String secret) {
        return SignedWebhooks.deliver(service, body, signedAt, secret);
    }

    private HttpResponse<String> deliver(String body) throws Exception {
        return deliver(body, world.clock.instant(), SECRET);
    }

    @Test
    void answersUrlValidationWithTheHmacOfThePlainToken() throws Exception {
        HttpResponse<String> answer = deliver("{\"payload\":{\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\"},"
                + "\"event_ts\":1654503849680,\"event\":\"endpoint.url_validation\"}");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\"")
                .contains("\"encryptedToken\":\"" + hmacHex(SECRET, "qgg8vlvZRS6UYooatFL8Aw") + "\"");
    }

    @Test
    void deauthorizationDeletesTheUsersDataAndIsIdempotent() throws Exception {
        String userId = world.connectedUser(service, "leaving@example.com");
        String event = SignedWebhooks.deauthorization("fakeAccount01", userId, world.clock.instant().plusMillis(123));
        HttpResponse<String> first = deliver(event);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("deleted");
        assertThat(service.api("GET", "/api/connections/" + userId, null).statusCode()).isEqualTo(404);
        HttpResponse<String> retry = deliver(event);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).contains("already_handled");
    }

    @Test
    void aReplayedDeauthorizationDoesNotDeleteAUserWhoHasConnectedAgain() throws Exception {
        String userId = world.connectedUser(service, "returns@example.com");
        String event = SignedWebhooks.deauthorization("fakeAccount01", userId, world.clock.instant().plusMillis(5));
        Instant signedAt = world.clock.instant();
        assertThat(deliver(event, signedAt, SECRET).body()).contains("deleted");
        world.clock.advance(Duration.ofSeconds(30));
        assertThat(world.connect(service, userId, "application/json").statusCode()).isEqualTo(200);

        HttpResponse<String> replay = deliver(event, signedAt, SECRET);

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("already_handled");
        assertThat(service.api("GET", "/api/connections/" + userId, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aDeauthorizationFromBeforeTheUserConnectedLeavesTheGrantAlone() throws Exception {
        String userId = world.connectedUser(service, "late@example.com");
        String stale = SignedWebhooks.deauthorization("fakeAccount01", userId, world.clock.instant().minusSeconds(3600));

        HttpResponse<String> answer = deliver(stale);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("superseded");
        assertThat(service.api("GET", "/api/connections/" + userId, null).statusCode()).isEqualTo(200);
    }

    @Test
    void theSignatureCoversTheRawBytesNotReserialisedJson() throws Exception {
        String oddButValid = "{ \"event\" :\"meeting.started\",\n \"payload\":{\"note\":\"caf\\u00e9 \u2603\"} }";
        assertThat(deliver(oddButValid).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesMissingWrongOrStaleSignatures() throws Exception {
        String body = "{\"event\":\"meeting.started\",\"payload\":{}}";
        HttpResponse<String> unsigned = service.send(HttpRequest.newBuilder(service.url("/webhooks/zoom"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(deliver(body, world.clock.instant(), "another-secret").statusCode()).isEqualTo(401);
        assertThat(deliver(body, world.clock.instant().minus(Duration.ofMinutes(91)), SECRET).statusCode()).isEqualTo(401);
        assertThat(deliver(body, world.clock.instant().minus(Duration.ofMinutes(85)), SECRET).statusCode())
                .as("Zoom's last retry, 85 minutes after the first delivery, is still accepted").isEqualTo(200);
        assertThat(deliver(body, world.clock.instant().plus(Duration.ofMinutes(10)), SECRET).statusCode()).isEqualTo(401);
    }

    @Test
    void unknownEventsAreAcknowledgedAndMalformedOnesRefused() throws Exception {
        assertThat(deliver("{\"event\":\"recording.completed\",\"payload\":{}}").statusCode()).isEqualTo(200);
        assertThat(deliver("{\"event\":").statusCode()).isEqualTo(400);
        assertThat(deliver("[1,2]").statusCode()).isEqualTo(400);
        assertThat(deliver("{\"event\":\"app_deauthorized\",\"payload\":{\"user_id\":\"../x\"}}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void withoutASecretTheEndpointIsUnavailable() {
        try (ZoomWorld other = new ZoomWorld();
             ServiceInstance bare = other.start(ZoomWorld.h2("nowebhooks-" + UUID.randomUUID()))) {
            HttpResponse<String> answer = bare.send(HttpRequest.newBuilder(bare.url("/webhooks/zoom"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).contains("ZOOM_WEBHOOK_SECRET_TOKEN");
        } finally {
            SharedClockFactory.clock = world.clock;
        }
    }
}
