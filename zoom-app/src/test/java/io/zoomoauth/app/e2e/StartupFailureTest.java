package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real application, started as its own process with bad settings: exit code 1 and a short report. */
class StartupFailureTest {

    private static final String OTHER_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA="; // 32 bytes, tests only

    record Exit(int code, List<String> lines) {
        String text() {
            return String.join("\n", lines);
        }
    }

    @Test
    void everyProblemInTheSettingsIsReportedAtOnceOneLineEach() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DATASOURCES_DEFAULT_URL", "jdbc:mysql://127.0.0.1:1/zoom");
        env.put("ZOOM_TOKEN_ENCRYPTION_KEY", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        env.put("ZOOM_API_KEYS", "short");
        env.put("ZOOM_CLIENT_ID", "clientWithoutSecret");
        env.put("MICRONAUT_SERVER_PORT", "80x");
        env.put("ZOOM_EVENTS_URL", "http://127.0.0.1:9/events");

        Exit exit = run(env, List.of("-Dzoom.lease-ttl=soon", "-Dzoom.http.pool-wait=20s"));

        assertThat(exit.code()).isEqualTo(1);
        assertThat(exit.text())
                .contains("ZOOM_TOKEN_ENCRYPTION_KEY: is malformed: the key is hex").contains("use base64")
                .contains("ZOOM_API_KEYS: key 1 is shorter than 16 characters")
                .contains("ZOOM_CLIENT_SECRET: is not set")
                .contains("MICRONAUT_SERVER_PORT: '80x' is not a port number")
                .contains("zoom.lease-ttl: 'soon' is not a positive duration")
                .contains("zoom.http.pool-wait: is 20000 ms; it must be shorter than zoom.http.read-timeout (10000 ms)")
                .contains("ZOOM_EVENTS_SECRET: set both ZOOM_EVENTS_URL and ZOOM_EVENTS_SECRET")
                .doesNotContain("00112233445566778899aabbccddeeff");
        assertShort(exit, 10);
    }

    @Test
    void anUnreachableDatabaseIsOneShortLine() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DATASOURCES_DEFAULT_URL", "jdbc:mysql://127.0.0.1:" + closedPort() + "/zoom");
        env.put("DATASOURCES_DEFAULT_PASSWORD", "db-password-never-printed");
        env.put("ZOOM_TOKEN_ENCRYPTION_KEY", ZoomWorld.ENCRYPTION_KEY);
        env.put("ZOOM_API_KEYS", ServiceInstance.API_KEY);

        Exit exit = run(env, List.of());

        assertThat(exit.code()).isEqualTo(1);
        assertThat(exit.text()).contains("DATASOURCES_DEFAULT_URL: cannot reach the database at jdbc:mysql://127.0.0.1:")
                .doesNotContain("db-password-never-printed");
        assertShort(exit, 3);
    }

    @Test
    void aPortInUseIsOneShortLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(ServiceInstance.freePort())) {
            Map<String, String> env = embedded();
            env.put("MICRONAUT_SERVER_PORT", Integer.toString(taken.getLocalPort()));

            Exit exit = run(env, List.of());

            assertThat(exit.code()).isEqualTo(1);
            assertThat(exit.text()).contains("MICRONAUT_SERVER_PORT: port " + taken.getLocalPort() + " is already in use");
            assertShort(exit, 3);
        }
    }

    @Test
    void keysThatCannotReadTheStoredDataStopStartUpNamingTheKeyIds() throws Exception {
        Map<String, String> env = embedded();
        String url = env.get("DATASOURCES_DEFAULT_URL");
        try (ZoomWorld world = new ZoomWorld();
             ServiceInstance first = world.start(Map.of("datasources.default.url", url,
                     "datasources.default.username", "sa", "datasources.default.password", ""))) {
            world.connectedUser(first, "stored@example.com");
        }

        env.put("ZOOM_TOKEN_ENCRYPTION_KEY", OTHER_KEY);
        Exit wrongKey = run(env, List.of());
        env.put("ZOOM_TOKEN_ENCRYPTION_KEY", "k2:" + OTHER_KEY);
        Exit missingId = run(env, List.of());

        assertThat(wrongKey.code()).isEqualTo(1);
        assertThat(wrongKey.text()).contains("ZOOM_TOKEN_ENCRYPTION_KEY: cannot read the stored data: it needs key id(s)"
                + " 'default'; configured: 'default'; configured with a different key than the data was written with:"
                + " 'default'").doesNotContain(OTHER_KEY).doesNotContain(ZoomWorld.ENCRYPTION_KEY);
        assertShort(wrongKey, 3);
        assertThat(missingId.code()).isEqualTo(1);
        assertThat(missingId.text()).contains("it needs key id(s) 'default'; configured: 'k2'")
                .contains("a key given without an id is 'default'");
        assertShort(missingId, 3);
    }

    /** An embedded file database of its own, the right key and an API key. */
    private static Map<String, String> embedded() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "startup-tests", UUID.randomUUID().toString()));
        Map<String, String> env = new HashMap<>();
        env.put("DATASOURCES_DEFAULT_URL", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        env.put("ZOOM_DATA_DIR", dir.toAbsolutePath().toString());
        env.put("ZOOM_TOKEN_ENCRYPTION_KEY", ZoomWorld.ENCRYPTION_KEY);
        env.put("ZOOM_API_KEYS", ServiceInstance.API_KEY);
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(ServiceInstance.freePort()));
        return env;
    }

    /** At most {@code maxLines} warnings and errors, and not one stack frame. */
    private static void assertShort(Exit exit, int maxLines) {
        assertThat(exit.lines()).as(exit.text())
                .noneMatch(line -> line.strip().startsWith("at ") || line.contains("Caused by") || line.contains("Exception"));
        assertThat(exit.lines().stream().filter(line -> line.contains(" ERROR ") || line.contains(" WARN ")))
                .as(exit.text()).hasSizeLessThanOrEqualTo(maxLines);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Exit run(Map<String, String> env, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.zoomoauth.app.Application"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("ZOOM_") || name.startsWith("DATASOURCES_")
                || name.startsWith("MICRONAUT_") || name.startsWith("LOG_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the service did not stop: " + new String(process.getInputStream().readAllBytes()));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Exit(process.exitValue(), output.lines().filter(line -> !line.isBlank()).toList());
    }
}
