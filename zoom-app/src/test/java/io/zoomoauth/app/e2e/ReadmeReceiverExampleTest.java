package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's receiver example is the code the tests verify deliveries with, and it refuses what it must. */
class ReadmeReceiverExampleTest {

    private static final String SECRET = EventReceiver.SECRET;

    @Test
    void theReadmeShowsExactlyTheVerificationCodeTheTestsRun() throws Exception {
        String source = Files.readString(Path.of("src/test/java/io/zoomoauth/app/e2e/ReceiverExample.java"));
        String between = source.split("// README:begin\n")[1].split("    // README:end")[0];
        String code = Arrays.stream(between.stripTrailing().split("\n"))
                .map(line -> line.startsWith("    ") ? line.substring(4) : line).collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).contains("```java\n" + code + "\n```");
    }

    @Test
    void theExampleRefusesForgedStaleOrMissingSignatures() throws Exception {
        byte[] body = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);
        String signature = new io.zoomoauth.adapters.http.events.EventSignature(SECRET).sign(1_000_000L, body);
        assertThat(ReceiverExample.verify(SECRET, "1000000", signature, body, 1_000_100L)).isTrue();
        assertThat(ReceiverExample.verify(SECRET, "1000000", signature, body, 1_000_301L)).as("stale").isFalse();
        assertThat(ReceiverExample.verify(SECRET, "1000001", signature, body, 1_000_100L)).as("other time").isFalse();
        assertThat(ReceiverExample.verify(SECRET, "1000000", signature, "{\"id\":\"evt_2\"}".getBytes(), 1_000_100L))
                .as("other body").isFalse();
        assertThat(ReceiverExample.verify(SECRET, null, signature, body, 1_000_100L)).isFalse();
        assertThat(ReceiverExample.verify(SECRET, "1000000", null, body, 1_000_100L)).isFalse();
    }
}
