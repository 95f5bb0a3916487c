package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.fake.FakeZoom;
import io.zoomoauth.domain.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The world of an end-to-end test: a fake Zoom on loopback, the clock everybody reads, and the settings that
 * point a service instance at them. Instances share the port-independent settings; each has its own port.
 */
public final class ZoomWorld implements AutoCloseable {

    public static final String CLIENT_ID = "e2eClientId";
    public static final String CLIENT_SECRET = "e2e-client-secret-never-logged";
    /** The organisation's app that connect sessions may send the browser back to. */
    public static final String RETURN_URL = "https://app.example.com/zoom";
    public static final String ENCRYPTION_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="; // 32 bytes, tests only

    public final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T10:00:00Z"));
    public final FakeZoom zoom;
    public final int port = ServiceInstance.freePort();
    public final URI redirectUri = URI.create("http://127.0.0.1:" + port + "/oauth/callback");

    public ZoomWorld() {
        SharedClockFactory.clock = clock;
        zoom = FakeZoom.start(clock);
        zoom.registerApp(CLIENT_ID, CLIENT_SECRET, redirectUri);
    }

    /** Settings for an instance on {@link #port} with user OAuth configured, on the given database. */
    public Map<String, Object> settings(Map<String, Object> database) {
        Map<String, Object> settings = new HashMap<>(database);
        settings.put("zoom.oauth.base-url", zoom.baseUrl().toString());
        settings.put("zoom.api.base-url", zoom.baseUrl().toString());
        settings.put("zoom.oauth.client-id", CLIENT_ID);
        settings.put("zoom.oauth.client-secret", CLIENT_SECRET);
        settings.put("zoom.redirect-uri", redirectUri.toString());
        settings.put("zoom.vault.encryption-key", ENCRYPTION_KEY);
        settings.put("zoom.http.read-timeout", "3s");
        settings.put("zoom.http.retry-base-delay", "10ms");
        settings.put("zoom.connect.return-urls", RETURN_URL + ", http://localhost:3000/");
        settings.put("zoom.vault.data-dir", "./target/e2e-data/" + port); // kept across a restart of this world's instance
        return settings;
    }

    public static final String S2S_ACCOUNT = "s2sAccount01";

    /** Like {@link #settings}, plus a Server-to-Server app for account {@link #S2S_ACCOUNT}, registered at the fake. */
    public Map<String, Object> settingsWithServerToServer(Map<String, Object> database) {
        zoom.registerS2sApp(S2S_ACCOUNT, "s2sClient", "s2s-secret-value");
        Map<String, Object> settings = settings(database);
        settings.put("zoom.s2s.account-id", S2S_ACCOUNT);
        settings.put("zoom.s2s.client-id", "s2sClient");
        settings.put("zoom.s2s.client-secret", "s2s-secret-value");
        return settings;
    }

    public ServiceInstance start(Map<String, Object> database) {
        return ServiceInstance.start(port, settings(database));
    }

    /** Walks the browser's path: our /oauth/authorize → Zoom (auto-approve) → our callback; returns the callback answer. */
    public HttpResponse<String> connect(ServiceInstance service, String zoomUserId, String accept) {
        zoom.autoApprove(zoomUserId);
        return service.getUri(callbackFromZoom(service), accept);
    }

    /**
     * The browser's path up to, not including, our callback: our /oauth/authorize → Zoom, which answers as
     * set up ({@code autoApprove}/{@code autoDecline}); returns where Zoom sends the browser back to.
     */
    public URI callbackFromZoom(ServiceInstance service) {
        HttpResponse<String> toZoom = service.get("/oauth/authorize");
        assertThat(toZoom.statusCode()).as("authorize redirects to Zoom").isEqualTo(302);
        URI consent = URI.create(toZoom.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> back = service.getUri(consent, "text/html");
        assertThat(back.statusCode()).as("Zoom redirects back").isEqualTo(302);
        return URI.create(back.headers().firstValue("Location").orElseThrow());
    }

    /** A connect session created over the API, as the organisation's backend would. */
    public record Session(String id, URI connectUrl, String json) {
    }

    public Session createSession(ServiceInstance service, String bodyJson) {
        HttpResponse<String> created = service.api("POST", "/api/connect-sessions", bodyJson);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Session(field(created.body(), "id"), URI.create(field(created.body(), "connectUrl")), created.body());
    }

    /** The browser's path from a connect link through Zoom (set up with autoApprove/autoDecline) to our callback. */
    public URI callbackFromLink(ServiceInstance service, URI connectUrl) {
        HttpResponse<String> toZoom = service.getUri(connectUrl, "text/html");
        assertThat(toZoom.statusCode()).as("the link redirects to Zoom: " + toZoom.body()).isEqualTo(302);
        URI consent = URI.create(toZoom.headers().firstValue("Location").orElseThrow());
        assertThat(consent.toString()).startsWith(zoom.baseUrl() + "/oauth/authorize?");
        HttpResponse<String> back = service.getUri(consent, "text/html");
        assertThat(back.statusCode()).as("Zoom redirects back").isEqualTo(302);
        return URI.create(back.headers().firstValue("Location").orElseThrow());
    }

    /** As {@link #callbackFromLink}, with Zoom's consent page approving as {@code zoomUserId}. */
    public URI approvedCallback(ServiceInstance service, URI connectUrl, String zoomUserId) {
        zoom.autoApprove(zoomUserId);
        return callbackFromLink(service, connectUrl);
    }

    /** A top-level string field of a JSON object ({@code null} when it is JSON null or absent). */
    public static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":(null|\"((?:[^\"\\\\]|\\\\.)*)\")")
                .matcher(json);
        return m.find() ? m.group(2) : null;
    }

    public String connectedUser(ServiceInstance service, String email) {
        String userId = zoom.addUser(email, "Ada", "Lovelace");
        HttpResponse<String> answer = connect(service, userId, "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return userId;
    }

    @Override
    public void close() {
        zoom.close();
    }

    public static Map<String, Object> h2(String name) {
        Map<String, Object> db = new HashMap<>();
        db.put("datasources.default.url", "jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        db.put("datasources.default.username", "sa");
        db.put("datasources.default.password", "");
        return db;
    }
}
