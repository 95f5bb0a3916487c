package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A user who removed the app is not acted for with the Server-to-Server token unless the caller asks for it. */
class DeauthorizedUserTest {

    private static final String SECRET = "webhook-secret-token-for-tests";

    @Test
    void theAccountTokenStandsInForADeauthorizedUserOnlyWhenAskedForExplicitly() {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = world.settingsWithServerToServer(ZoomWorld.h2("deauthorized-" + UUID.randomUUID()));
            String userId = world.zoom.addUser(ZoomWorld.S2S_ACCOUNT, "gone@example.com", "Gone", "Away");
            settings.put("zoom.webhooks.secret-token", SECRET);
            try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                assertThat(world.connect(service, userId, "application/json").statusCode()).isEqualTo(200);
                String event = SignedWebhooks.deauthorization(ZoomWorld.S2S_ACCOUNT, userId, world.clock.instant().plusSeconds(1));
                assertThat(SignedWebhooks.deliver(service, event, world.clock.instant(), SECRET).body()).contains("deleted");

                for (String user : new String[] {userId, "gone@example.com", "GONE@example.com"}) {
                    HttpResponse<String> refused = service.api("POST", "/api/users/" + user + "/meetings",
                            "{\"topic\":\"Not for a user who left\"}");
                    assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(404);
                    assertThat(refused.body()).contains("not_connected").contains("X-Zoom-Credentials");
                }
                assertThat(world.zoom.tokenCalls("account_credentials")).isZero();

                HttpResponse<String> asked = service.send(HttpRequest.newBuilder(service.url("/api/users/" + userId + "/meetings"))
                        .header("Authorization", "Bearer " + ServiceInstance.API_KEY)
                        .header("Content-Type", "application/json").header("X-Zoom-Credentials", "account")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"topic\":\"Asked for explicitly\"}")));
                assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);

                HttpResponse<String> bad = service.send(HttpRequest.newBuilder(service.url("/api/users/" + userId + "/meetings"))
                        .header("Authorization", "Bearer " + ServiceInstance.API_KEY).header("X-Zoom-Credentials", "root")
                        .GET());
                assertThat(bad.statusCode()).isEqualTo(400);
            }
        }
    }
}
