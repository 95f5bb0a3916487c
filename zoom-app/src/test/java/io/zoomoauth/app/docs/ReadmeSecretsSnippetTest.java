package io.zoomoauth.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's production snippet, run as written in two fresh shells: both must configure the same encryption
 * and API keys, or every token stored under the first shell's key would be unreadable after a restart.
 */
class ReadmeSecretsSnippetTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void theSnippetKeepsItsGeneratedSecretsAcrossShells() throws Exception {
        String snippet = bashBlockUnder("### Run against real Zoom and MySQL");
        // Only the secrets part: the rest starts the service.
        String secrets = snippet.substring(0, snippet.indexOf("export DATASOURCES_DEFAULT_URL"));
        Path home = Files.createDirectories(Path.of("target", "readme-home-" + UUID.randomUUID()).toAbsolutePath());
        String print = "\necho \"$ZOOM_TOKEN_ENCRYPTION_KEY|$ZOOM_API_KEYS|$ZOOM_MANAGEMENT_KEYS\"\n";

        String first = run(home, secrets + print);
        String second = run(home, secrets + print);

        assertThat(first.split("\\|")).hasSize(3).allSatisfy(value -> assertThat(value).hasSizeGreaterThan(16));
        assertThat(second).as("a second shell configures the same secrets").isEqualTo(first);
        assertThat(java.util.Base64.getDecoder().decode(first.split("\\|")[0])).hasSize(32);
    }

    private static String run(Path home, String script) throws IOException, InterruptedException {
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
        bash.environment().put("HOME", home.toString());
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    private static String bashBlockUnder(String heading) throws IOException {
        String markdown = Files.readString(README);
        int at = markdown.indexOf(heading);
        assertThat(at).as(heading).isNotNegative();
        Matcher block = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(block.find(at)).isTrue();
        return block.group(1);
    }
}
