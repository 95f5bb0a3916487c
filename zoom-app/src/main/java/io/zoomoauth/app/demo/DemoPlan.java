package io.zoomoauth.app.demo;

import io.micronaut.core.value.PropertyResolver;
import io.zoomoauth.app.ops.StartupReport;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What demo mode sets on top of the ordinary configuration, after checking that the configuration points at
 * nothing real: only the embedded database, no Zoom URLs or Zoom app of its own. Everything else (ports, timeouts,
 * log format, API keys) stays as configured, so every code path is the production one.
 */
final class DemoPlan {

    static final int DEFAULT_ZOOM_PORT = 8090;

    /** Settings that would make the demo touch something real, with the variable a user sets them by. */
    private static final Map<String, String> FORBIDDEN = forbidden();

    /** The built-in values of application.yml: a value other than these was configured by someone. */
    private static final Map<String, String> ZOOM_URL_DEFAULTS = Map.of(
            "zoom.oauth.base-url", "https://zoom.us", "zoom.api.base-url", "https://api.zoom.us");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int servicePort;
    private final int zoomPort;
    private final String clientId = "demo-" + HexFormat.of().formatHex(random(6));
    private final String clientSecret = base64(random(24));
    private final Optional<String> generatedApiKey;
    private final boolean managementKeysConfigured;

    private DemoPlan(int servicePort, int zoomPort, Optional<String> generatedApiKey, boolean managementKeysConfigured) {
        this.servicePort = servicePort;
        this.zoomPort = zoomPort;
        this.generatedApiKey = generatedApiKey;
        this.managementKeysConfigured = managementKeysConfigured;
    }

    /** Reads the configuration as the service would see it; refuses with every reason at once. */
    static DemoPlan check(PropertyResolver config) {
        List<String> reasons = new ArrayList<>();
        String jdbcUrl = config.get("datasources.default.url", String.class).orElse("");
        if (!jdbcUrl.isBlank() && !jdbcUrl.startsWith("jdbc:h2:")) {
            reasons.add("DATASOURCES_DEFAULT_URL is " + StartupReport.describeDatabase(jdbcUrl)
                    + " (demo mode runs on the embedded database only)");
        }
        ZOOM_URL_DEFAULTS.forEach((property, builtIn) -> config.get(property, String.class)
                .filter(url -> !url.equals(builtIn))
                .ifPresent(url -> reasons.add(FORBIDDEN.get(property) + " is set to " + url)));
        FORBIDDEN.forEach((property, variable) -> {
            if (!ZOOM_URL_DEFAULTS.containsKey(property)
                    && config.get(property, String.class).filter(value -> !value.isBlank()).isPresent()) {
                reasons.add(variable + " is set (demo mode registers its own app with the fake Zoom)");
            }
        });
        int servicePort = config.get("micronaut.server.port", Integer.class).orElse(8080);
        int zoomPort = config.get("zoom.demo.zoom-port", Integer.class).orElse(DEFAULT_ZOOM_PORT);
        if (servicePort <= 0) {
            reasons.add("MICRONAUT_SERVER_PORT is " + servicePort + " (the fake Zoom needs the service's fixed "
                    + "port for its redirect URL)");
        }
        if (zoomPort == servicePort) {
            reasons.add("ZOOM_DEMO_ZOOM_PORT and MICRONAUT_SERVER_PORT are both " + zoomPort);
        }
        if (!reasons.isEmpty()) {
            throw new DemoRefused(reasons);
        }
        boolean keysConfigured = configured(config, "zoom.api-keys");
        return new DemoPlan(servicePort, zoomPort, keysConfigured ? Optional.empty() : Optional.of(
                Base64.getUrlEncoder().withoutPadding().encodeToString(random(24))),
                configured(config, "zoom.management-keys"));
    }

    private static boolean configured(PropertyResolver config, String property) {
        return config.get(property, String.class).filter(value -> !value.isBlank()).isPresent();
    }

    int zoomPort() {
        return zoomPort;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    Optional<String> generatedApiKey() {
        return generatedApiKey;
    }

    URI service() {
        return URI.create("http://localhost:" + servicePort);
    }

    URI redirectUri() {
        return service().resolve("/oauth/callback");
    }

    /** The demo's settings, through the ordinary properties the adapters and stores read. */
    Map<String, Object> properties(URI fakeZoom) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("zoom.demo.enabled", "true");
        properties.put("zoom.oauth.base-url", fakeZoom.toString());
        properties.put("zoom.api.base-url", fakeZoom.toString());
        properties.put("zoom.oauth.client-id", clientId);
        properties.put("zoom.oauth.client-secret", clientSecret);
        properties.put("zoom.redirect-uri", redirectUri().toString());
        // In memory, like the fake: its grants die with the process, so stored tokens must too.
        properties.put("datasources.default.url", "jdbc:h2:mem:zoom-demo-" + HexFormat.of().formatHex(random(6))
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        properties.put("zoom.vault.encryption-key", base64(random(32)));
        generatedApiKey.ifPresent(key -> properties.put("zoom.api-keys", key));
        // On this local demo the one generated key also opens /prometheus and /health details (management data).
        generatedApiKey.filter(key -> !managementKeysConfigured).ifPresent(key -> properties.put("zoom.management-keys", key));
        return properties;
    }

    private static Map<String, String> forbidden() {
        Map<String, String> forbidden = new LinkedHashMap<>();
        forbidden.put("zoom.oauth.base-url", "ZOOM_OAUTH_URL");
        forbidden.put("zoom.api.base-url", "ZOOM_API_URL");
        forbidden.put("zoom.oauth.client-id", "ZOOM_CLIENT_ID");
        forbidden.put("zoom.oauth.client-secret", "ZOOM_CLIENT_SECRET");
        forbidden.put("zoom.s2s.account-id", "ZOOM_ACCOUNT_ID");
        forbidden.put("zoom.s2s.client-id", "ZOOM_S2S_CLIENT_ID");
        forbidden.put("zoom.s2s.client-secret", "ZOOM_S2S_CLIENT_SECRET");
        return forbidden;
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
