package io.zoomoauth.app.e2e;

import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fake Zoom and one service instance on H2 for all tests of a class:
 * {@code @RegisterExtension static final RunningService running = new RunningService("name");}.
 */
public final class RunningService implements BeforeAllCallback, AfterAllCallback {

    private final String name;
    private ZoomWorld world;
    private ServiceInstance service;

    public RunningService(String name) {
        this.name = name;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        world = new ZoomWorld();
        service = world.start(ZoomWorld.h2(name + "-" + UUID.randomUUID()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        service.close();
        world.close();
    }

    public ZoomWorld world() {
        return world;
    }

    public ServiceInstance service() {
        return service;
    }
}
