package io.zoomoauth.app.demo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.zoomoauth.fake.FakeZoom;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * Starts the service together with the fake Zoom in the same process: checks the configuration, starts the fake
 * on its own port with a generated app and two demo users, then starts the service with the fake's URL and the
 * app's credentials set as the ordinary {@code zoom.*} properties ({@link DemoPlan}).
 */
public final class DemoMode {

    private DemoMode() {
    }

    /**
     * {@code micronaut} is configured as for a normal start (arguments, properties, environments); demo mode adds
     * its settings and starts it. Throws {@link DemoRefused} before anything starts when the configuration points
     * at a real database or at Zoom.
     */
    public static ApplicationContext start(Micronaut micronaut) {
        DemoPlan plan = check(micronaut);
        FakeZoom zoom;
        try {
            zoom = FakeZoom.start(Clock.systemUTC(), plan.zoomPort());
        } catch (UncheckedIOException e) {
            throw new DemoRefused(List.of("the fake Zoom cannot listen on port " + plan.zoomPort() + " ("
                    + e.getCause().getMessage() + "): set ZOOM_DEMO_ZOOM_PORT to a free port"));
        }
        zoom.registerApp(plan.clientId(), plan.clientSecret(), plan.redirectUri());
        zoom.addUser("ada@example.com", "Ada", "Lovelace");
        zoom.addUser("grace@example.com", "Grace", "Hopper");
        zoom.letThePersonPickTheUser();
        micronaut.properties(plan.properties(zoom.baseUrl()))
                .singletons(new DemoSession(zoom, plan.service(), plan.generatedApiKey()));
        try {
            return micronaut.start();
        } catch (RuntimeException e) {
            zoom.close();
            throw e;
        }
    }

    /** The configuration exactly as the service would read it, from a context that is built but never started. */
    private static DemoPlan check(Micronaut micronaut) {
        Environment environment = micronaut.build().getEnvironment();
        environment.start();
        try {
            return DemoPlan.check(environment);
        } finally {
            environment.stop();
        }
    }
}
