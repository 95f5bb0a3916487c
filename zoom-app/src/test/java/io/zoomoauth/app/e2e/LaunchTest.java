package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code main} as the jar runs it, in a JVM of its own that logs every class it loads: a normal start never loads
 * a class of the fake Zoom, {@code ZOOM_DEMO=true} does (so the check can fail), and {@code --demo} with a MySQL
 * URL stops before anything starts.
 */
class LaunchTest {

    private static final Path WORK = Path.of(System.getProperty("basedir", "."), "target", "launch");
    private static final String STARTED = "Startup completed";
    private static final String FAKE_CLASS = "io.zoomoauth.fake.";

    @Test
    void aNormalStartNeverLoadsAClassOfTheFakeZoom() {
        List<String> output = runUntil(STARTED, List.of(), Map.of());

        assertThat(output).anyMatch(line -> line.contains("io.zoomoauth.app.Application"))
                .noneMatch(line -> line.contains(FAKE_CLASS));
    }

    @Test
    void zoomDemoTrueStartsTheFakeZoomInTheSameProcess() {
        List<String> output = runUntil(STARTED, List.of(), Map.of("ZOOM_DEMO", "true",
                "ZOOM_DEMO_ZOOM_PORT", Integer.toString(ServiceInstance.freePort())));

        assertThat(output).anyMatch(line -> line.contains(FAKE_CLASS + "FakeZoom "))
                .anyMatch(line -> line.contains("DEMO MODE"));
    }

    @Test
    void demoFlagWithAMySqlUrlRefusesAndExits() {
        List<String> output = runUntil(null, List.of("--demo"),
                Map.of("DATASOURCES_DEFAULT_URL", "jdbc:mysql://db.internal:3306/zoom"));

        assertThat(output).anyMatch(line -> line.contains("Demo mode refuses to start: DATASOURCES_DEFAULT_URL is "
                + "jdbc:mysql://db.internal:3306/zoom")).anyMatch(line -> line.equals("exit 2"));
    }

    /** Runs main until a line contains {@code until} (then stops it) or until it exits; returns its output. */
    private static List<String> runUntil(String until, List<String> args, Map<String, String> environment) {
        Path directory = WORK.resolve(UUID.randomUUID().toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-XX:TieredStopAtLevel=1", "-cp", classpath(), "io.zoomoauth.app.Application"));
        command.addAll(args);
        List<String> output = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
            builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(ServiceInstance.freePort()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            // A silent, stuck child must not hang the build: killing it ends the read below.
            CompletableFuture.delayedExecutor(90, TimeUnit.SECONDS).execute(process::destroyForcibly);
            try (var lines = process.inputReader(StandardCharsets.UTF_8)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    if (until != null && line.contains(until)) {
                        break;
                    }
                }
            } finally {
                if (until != null || !process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroy();
                }
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
            if (until == null) {
                output.add("exit " + process.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(until == null || output.stream().anyMatch(line -> line.contains(until)))
                .as("the service reached '%s'; its output:%n%s", until, String.join("\n", output)).isTrue();
        return output;
    }

    /** Surefire runs the tests from a manifest-only jar; the real class path is in this property. */
    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
