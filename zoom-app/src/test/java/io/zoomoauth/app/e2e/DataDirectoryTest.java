package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The embedded default keeps keys and database files readable by the service's user only. */
class DataDirectoryTest {

    @Test
    void theDataDirectoryIsOwnerOnlyAndSoIsEveryFileInIt() throws Exception {
        Path base = Files.createDirectories(Path.of("target", "data-dir-tests", UUID.randomUUID().toString()));
        Path fresh = base.resolve("fresh").toAbsolutePath();
        Path loose = Files.createDirectories(base.resolve("loose")).toAbsolutePath();
        Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Path dir : List.of(fresh, loose)) {
            try (ZoomWorld world = new ZoomWorld()) {
                Map<String, Object> settings = world.settings(Map.of(
                        "datasources.default.url", "jdbc:h2:file:" + dir.resolve("zoomoauth") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                        "datasources.default.username", "sa", "datasources.default.password", ""));
                settings.remove("zoom.vault.encryption-key"); // generated into the data directory
                settings.put("zoom.api-keys", "");             // likewise
                settings.put("zoom.vault.data-dir", dir.toString());
                try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                    world.connectedUser(service, "private@example.com");
                    assertThat(Files.getPosixFilePermissions(dir)).as(dir.toString())
                            .isEqualTo(PosixFilePermissions.fromString("rwx------"));
                    try (Stream<Path> files = Files.list(dir)) {
                        List<Path> all = files.toList();
                        assertThat(all).extracting(p -> p.getFileName().toString())
                                .contains("api-key", "token-encryption.key", "zoomoauth.mv.db");
                        for (Path file : all) {
                            assertThat(Files.getPosixFilePermissions(file)).as(file.toString())
                                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
                        }
                    }
                }
            }
        }
    }

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
