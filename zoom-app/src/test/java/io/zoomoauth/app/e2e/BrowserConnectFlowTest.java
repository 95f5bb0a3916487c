package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The connect flow as a person sees it: a real headless Chromium clicks through the service's home page, the fake
 * Zoom's consent page and back to the service's callback. Screenshots of each final page land in
 * {@code target/browser/}.
 */
class BrowserConnectFlowTest {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "browser");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static ZoomWorld world;
    private static ServiceInstance service;
    private static HeadlessChromium chromium;
    private static OrganisationApp app;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void start() {
        if (!HeadlessChromium.installed()) {
            return; // each test then skips or fails, with the reason, in freshBrowser()
        }
        world = new ZoomWorld();
        app = OrganisationApp.start();
        java.util.Map<String, Object> settings = world.settings(ZoomWorld.h2("browser-" + UUID.randomUUID()));
        settings.put("zoom.connect.return-urls", app.baseUrl() + "zoom");
        service = ServiceInstance.start(world.port, settings);
        chromium = HeadlessChromium.start(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (service != null) {
                service.close();
            }
            if (world != null) {
                world.close();
            }
            if (app != null) {
                app.close();
            }
        }
    }

    @BeforeEach
    void freshBrowser() {
        HeadlessChromium.requireInstalled(System.getenv("CI"));
        browser = chromium.driver();
        browser.manage().deleteAllCookies();
        wait = new WebDriverWait(browser, WAIT);
    }

    @Test
    void allowingOnZoomsConsentPageConnectsTheAccount() {
        String userId = world.zoom.addUser("ada.browser@example.com", "Ada", "Lovelace");
        world.zoom.signIn(userId);

        clickConnectOnTheHomePage();
        WebElement allow = wait.until(elementToBeClickable(By.id("allow")));
        assertThat(browser.getCurrentUrl()).startsWith(world.zoom.baseUrl() + "/oauth/authorize?");
        assertThat(browser.findElement(By.id("user")).getText()).isEqualTo("ada.browser@example.com");
        allow.click();

        awaitFinalPage("connected.png", visibilityOfElementLocated(By.id("connected")));
        assertThat(browser.getCurrentUrl()).startsWith(world.redirectUri + "?");
        assertThat(browser.findElement(By.id("connected")).getText()).contains("Connected as Ada Lovelace");
        assertThat(chromium.responseStatus()).isEqualTo(200);
        HttpResponse<String> connection = service.api("GET", "/api/connections/" + userId, null);
        assertThat(connection.statusCode()).as(connection.body()).isEqualTo(200);
        assertThat(connection.body()).contains("\"userId\":\"" + userId + "\"").contains("\"status\":\"ACTIVE\"");
    }

    @Test
    void decliningOnZoomsConsentPageSaysSoAndStoresNothing() {
        String userId = world.zoom.addUser("dee.browser@example.com", "Dee", "Clining");
        world.zoom.signIn(userId);

        clickConnectOnTheHomePage();
        wait.until(elementToBeClickable(By.id("decline"))).click();

        awaitFinalPage("declined.png", textToBePresentInElementLocated(By.tagName("body"), "You declined"));
        assertThat(browser.getCurrentUrl()).startsWith(world.redirectUri + "?").contains("error=access_denied");
        assertThat(chromium.responseStatus()).isEqualTo(400);
        assertThat(service.api("GET", "/api/connections/" + userId, null).statusCode()).isEqualTo(404);
    }

    @Test
    void inDemoModeThePersonPicksOrTypesAUserOnTheFakeZoomsConsentPage() {
        try (DemoInstance demo = DemoInstance.start(Map.of())) {
            clickConnectOnTheHomePage(demo.service("/"));
            wait.until(elementToBeClickable(By.id("user-2"))).click();
            assertThat(browser.getCurrentUrl()).startsWith(demo.zoom("/oauth/authorize?").toString());
            browser.findElement(By.id("allow")).click();
            awaitFinalPage("demo-picked.png", visibilityOfElementLocated(By.id("connected")));
            assertThat(browser.findElement(By.id("connected")).getText()).contains("Connected as Grace Hopper");

            clickConnectOnTheHomePage(demo.service("/"));
            wait.until(elementToBeClickable(By.id("name"))).sendKeys("Lin Browser");
            browser.findElement(By.id("email")).sendKeys("lin.browser@example.com");
            browser.findElement(By.id("allow")).click();
            awaitFinalPage("demo-typed.png", visibilityOfElementLocated(By.id("connected")));
            assertThat(browser.findElement(By.id("connected")).getText()).contains("Connected as Lin Browser");
            assertThat(demo.api("GET", "/api/connections", null).body())
                    .contains("grace@example.com").contains("lin.browser@example.com");
        }
    }

    @Test
    void aConnectSessionBindsTheFlowToThisBrowserByCookieAndSendsItBackToTheOrganisationsApp() {
        String userId = world.zoom.addUser("sam.session@example.com", "Sam", "Session");
        world.zoom.signIn(userId);
        ZoomWorld.Session session = world.createSession(service, "{\"externalUserId\":\"org-sam\",\"returnTo\":\""
                + app.baseUrl() + "zoom/done\",\"tags\":{\"plan\":\"pro\"}}");

        browser.get(session.connectUrl().toString());
        WebElement allow = wait.until(elementToBeClickable(By.id("allow")));
        Cookie binding = browser.manage().getCookieNamed("zoom_oauth_browser");
        assertThat(binding).as("the link set the browser-binding cookie").isNotNull();
        assertThat(binding.isHttpOnly()).isTrue();
        assertThat(binding.getSameSite()).isEqualTo("Lax");
        assertThat(binding.getPath()).isEqualTo("/");
        allow.click();

        awaitFinalPage("session-returned.png", visibilityOfElementLocated(By.id("org-app")));
        assertThat(browser.getCurrentUrl()).startsWith(app.baseUrl() + "zoom/done?status=connected&sessionId="
                + session.id() + "&externalUserId=org-sam&zoomUserId=" + userId);
        assertThat(browser.findElement(By.id("org-app")).getText()).contains("status=connected");
        assertThat(service.api("GET", "/api/connect-sessions/" + session.id(), null).body())
                .contains("\"status\":\"COMPLETED\"");
        assertThat(service.api("GET", "/api/connections/" + userId, null).body())
                .contains("\"externalUserId\":\"org-sam\"").contains("\"tags\":{\"plan\":\"pro\"}");
    }

    @Test
    void aFlowWhoseCookieIsGoneByTheCallbackIsRefusedAndTheSessionStaysPending() {
        String userId = world.zoom.addUser("eve.session@example.com", "Eve", "Cookieless");
        world.zoom.signIn(userId);
        ZoomWorld.Session session = world.createSession(service, "{\"externalUserId\":\"org-eve\",\"returnTo\":\""
                + app.baseUrl() + "zoom/done\"}");

        browser.get(session.connectUrl().toString());
        WebElement allow = wait.until(elementToBeClickable(By.id("allow")));
        browser.manage().deleteCookieNamed("zoom_oauth_browser");
        int before = world.zoom.totalRequests();
        int exchanges = world.zoom.tokenCalls("authorization_code");
        allow.click();

        awaitFinalPage("session-without-cookie.png", textToBePresentInElementLocated(By.tagName("body"),
                "expired or was already used"));
        assertThat(chromium.responseStatus()).isEqualTo(400);
        assertThat(world.zoom.tokenCalls("authorization_code")).as("no code exchange").isEqualTo(exchanges);
        assertThat(world.zoom.totalRequests()).as("only the consent form post reached Zoom").isEqualTo(before + 1);
        assertThat(service.api("GET", "/api/connect-sessions/" + session.id(), null).body())
                .contains("\"status\":\"PENDING\"");
    }

    private void clickConnectOnTheHomePage() {
        clickConnectOnTheHomePage(service.url("/"));
    }

    private void clickConnectOnTheHomePage(java.net.URI home) {
        browser.get(home.toString());
        WebElement connect = wait.until(elementToBeClickable(By.id("connect")));
        assertThat(connect.getText()).isEqualTo("Connect your Zoom account");
        connect.click();
    }

    /** Waits for the flow's last page and screenshots it whatever happens, so a failure leaves a picture too. */
    private void awaitFinalPage(String screenshot, ExpectedCondition<?> shown) {
        try {
            wait.until(shown);
        } finally {
            chromium.screenshot(SCREENSHOTS.resolve(screenshot));
        }
    }
}
