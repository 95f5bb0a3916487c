package io.zoomoauth.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} driven through its {@code chromedriver}, headless, with nothing fetched from outside:
 * both binaries are given explicitly so Selenium Manager never tries to download a driver or a browser.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Skips the calling test when the browser is missing on a developer's machine, but fails it under CI (any
     * {@code CI} value except {@code false}): a skipped browser test in CI would hide a missing install step.
     */
    static void requireInstalled(String ciVariable) {
        requireInstalled(List.of(CHROMIUM, CHROMEDRIVER), ciVariable);
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static void requireInstalled(List<Path> binaries, String ciVariable) {
        List<String> missing = new ArrayList<>();
        for (Path binary : binaries) {
            if (!Files.isExecutable(binary)) {
                missing.add(binary.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "Chromium for the browser test is missing (" + String.join(", ", missing)
                + "): run .ci/run, or apt-get install chromium chromium-driver";
        if (ciVariable != null && !ciVariable.isBlank() && !ciVariable.equalsIgnoreCase("false")) {
            Assertions.fail(message + " (CI=" + ciVariable + ": the browser test must not be skipped in CI)");
        }
        Assumptions.assumeTrue(false, message);
    }

    static HeadlessChromium start(Path logDirectory) {
        try {
            Files.createDirectories(logDirectory);
            Path profile = Files.createTempDirectory("chromium-profile-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogFile(logDirectory.resolve("chromedriver.log").toFile())
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // As root, in a container, offline: no sandbox, no /dev/shm, and none of Chromium's own calls home
            // (without the background-networking flags its outbound connections are refused many at a time).
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1024,768",
                    "--user-data-dir=" + profile);
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
            return new HeadlessChromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The HTTP status of the page now shown (Navigation Timing; WebDriver itself does not expose it). */
    int responseStatus() {
        Object status = driver.executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus;");
        return ((Number) status).intValue();
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    /** Walks without following links: the profile holds symlinks (SingletonLock, SingletonSocket) to elsewhere. */
    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp profile is harmless
        }
    }
}
