package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RestartAndS2sTest {

    @Test
    void aRestartKeepsConnections() throws Exception {
        Path dir = Files.createTempDirectory("zoom-restart");
        Map<String, Object> db = new HashMap<>();
        db.put("datasources.default.url", "jdbc:h2:file:" + dir.resolve("db") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        db.put("datasources.default.username", "sa");
        db.put("datasources.default.password", "");
        try (ZoomWorld world = new ZoomWorld()) {
            String userId;
            try (ServiceInstance before = world.start(db)) {
                userId = world.connectedUser(before, "stay@example.com");
            }
            try (ServiceInstance after = world.start(db)) {
                assertThat(after.api("GET", "/api/connections/" + userId, null).statusCode()).isEqualTo(200);
                assertThat(after.api("GET", "/api/users/" + userId + "/meetings", null).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void serverToServerStandsInForUsersWithoutAGrant() {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = world.settingsWithServerToServer(ZoomWorld.h2("s2s-" + UUID.randomUUID()));
            String member = world.zoom.addUser(ZoomWorld.S2S_ACCOUNT, "member@example.com", "Mem", "Ber");
            try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                HttpResponse<String> created = service.api("POST", "/api/users/member@example.com/meetings",
                        "{\"topic\":\"Via S2S\"}");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                assertThat(service.api("GET", "/api/users/" + member + "/meetings", null).statusCode()).isEqualTo(200);
                assertThat(world.zoom.tokenCalls("account_credentials")).as("cached").isEqualTo(1);
                assertThat(world.zoom.apiCalls()).anyMatch(c -> c.rawPath().matches("/v2/users/member(@|%40)example.com/meetings"));
                assertThat(service.api("GET", "/api/users/" + member + "/profile", null).statusCode())
                        .as("a profile needs the user's own grant").isEqualTo(404);
            }
        }
    }
}
