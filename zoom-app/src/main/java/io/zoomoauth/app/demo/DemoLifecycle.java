package io.zoomoauth.app.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** In demo mode only: says how to try the service once it listens, and stops the fake Zoom with the service. */
@Singleton
@Requires(property = "zoom.demo.enabled", value = "true")
@Requires(beans = DemoSession.class)
class DemoLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLifecycle.class);

    private final DemoSession session;

    DemoLifecycle(DemoSession session) {
        this.session = session;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        URI service = session.service();
        URI zoom = session.zoom().baseUrl();
        String key = session.generatedApiKey().orElse("$KEY");
        LOG.info("""

                ==== DEMO MODE: a fake Zoom runs in this process; nothing reaches Zoom, everything is gone at exit ====
                  Service   {}   API key: {}
                  Fake Zoom {}   its controls: {}/admin/users, /admin/faults, /admin/counters (docs/demo.md)
                  Try: 1. open {} and click "Connect your Zoom account"; pick or type a demo user, Allow
                       2. curl -H 'Authorization: Bearer {}' {}/api/connections
                       3. curl -X POST {}/admin/users/ada@example.com/expire-access-token, call the API again,
                          and see the refresh: curl -H 'Authorization: Bearer {}' {}/prometheus
                ======================================================================================================""",
                service, session.generatedApiKey().map(k -> k + " (generated for this run)").orElse("one of ZOOM_API_KEYS"),
                zoom, zoom, service, key, service, zoom, key, service);
    }

    @PreDestroy
    void stopTheFakeZoom() {
        session.zoom().close();
    }
}
