package io.zoomoauth.app.demo;

import io.zoomoauth.fake.FakeZoom;
import java.net.URI;
import java.util.Optional;

/**
 * A running demo: the fake Zoom in this process, where the service answers, and the API key demo mode generated
 * (empty when ZOOM_API_KEYS was set). Registered as a singleton in the demo's application context.
 */
public record DemoSession(FakeZoom zoom, URI service, Optional<String> generatedApiKey) {

    /** Never prints the key (Micronaut logs beans at DEBUG). */
    @Override
    public String toString() {
        return "DemoSession[zoom=" + zoom.baseUrl() + ", service=" + service + "]";
    }
}
