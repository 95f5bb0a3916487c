package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void theEmbeddedDatabaseLivesInTheDataDirectoryWithTheGeneratedKeys() {
        Path dataDir = Path.of("target", "data-dir-" + UUID.randomUUID()).toAbsolutePath();
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = new HashMap<>(world.settings(Map.of()));
            settings.remove("zoom.vault.encryption-key");
            settings.put("zoom.vault.data-dir", dataDir.toString());
            try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                String userId = world.connectedUser(service, "local@example.com");
                assertThat(service.api("GET", "/api/connections/" + userId, null).statusCode()).isEqualTo(200);
            }
        }
        assertThat(dataDir.resolve("zoomoauth.mv.db")).as("the H2 file moved with ZOOM_DATA_DIR").exists();
        assertThat(dataDir.resolve("token-encryption.key")).exists();
    }
}
