package io.zoomoauth.app.ops;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.zoomoauth.app.config.ServiceSettings;
import io.zoomoauth.app.config.ZoomCredentialsStatus;
import io.zoomoauth.app.events.EventSettings;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One short report at start: what is configured and what is missing. Never a secret's value. */
@Singleton
public class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final ZoomCredentialsStatus credentials;
    private final ServiceSettings settings;
    private final ApiKeys apiKeys;
    private final String jdbcUrl;
    private final String oauthUrl;
    private final String apiUrl;
    private final EventSettings events;

    public StartupReport(ZoomCredentialsStatus credentials, ServiceSettings settings, ApiKeys apiKeys,
                         @Value("${datasources.default.url:}") String jdbcUrl,
                         @Value("${zoom.oauth.base-url:https://zoom.us}") String oauthUrl,
                         @Value("${zoom.api.base-url:https://api.zoom.us}") String apiUrl, EventSettings events) {
        this.credentials = credentials;
        this.settings = settings;
        this.apiKeys = apiKeys;
        this.jdbcUrl = jdbcUrl;
        this.oauthUrl = oauthUrl;
        this.apiUrl = apiUrl;
        this.events = events;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        LOG.info("Configuration: user OAuth app {}; Server-to-Server app {}; redirect URI {}; Zoom {} / {}; "
                        + "database {}; API keys: {}; events: {}",
                credentials.userOAuthConfigured() ? "configured" : "MISSING (set ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET)",
                credentials.serverToServerConfigured() ? "configured" : "off",
                settings.redirectUri(), oauthUrl, apiUrl, describeDatabase(jdbcUrl), apiKeys.describe(),
                events.receiverOrigin().map(origin -> "sent to " + origin)
                        .orElse("recorded, NOT sent (set ZOOM_EVENTS_URL and ZOOM_EVENTS_SECRET)"));
    }

    /** The JDBC URL without credentials or parameters. */
    public static String describeDatabase(String url) {
        if (url == null || url.isBlank()) {
            return "none";
        }
        String noParams = url.split("[?;]", 2)[0];
        return noParams.replaceAll("//[^/@]*@", "//");
    }
}
