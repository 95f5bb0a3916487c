package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing browser skips the browser test on a developer's machine but must fail it in CI. */
class HeadlessChromiumRequirementTest {

    private static final List<Path> MISSING = List.of(Path.of("/nonexistent/chromium"));

    @Test
    void missingBrowserInCiFailsWithWhatToInstall() {
        assertThatThrownBy(() -> HeadlessChromium.requireInstalled(MISSING, "true"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("/nonexistent/chromium").hasMessageContaining(".ci/run")
                .hasMessageContaining("apt-get install chromium chromium-driver");
    }

    @Test
    void missingBrowserOutsideCiSkipsWithWhatToInstall() {
        for (String ci : new String[] {null, "", "false"}) {
            assertThatThrownBy(() -> HeadlessChromium.requireInstalled(MISSING, ci))
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining(".ci/run").hasMessageContaining("apt-get install chromium chromium-driver");
        }
    }

    @Test
    void presentBinariesPass() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertThatCode(() -> HeadlessChromium.requireInstalled(List.of(java), "true")).doesNotThrowAnyException();
    }
}
