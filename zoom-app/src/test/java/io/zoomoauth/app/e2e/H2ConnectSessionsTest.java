package io.zoomoauth.app.e2e;

import java.util.Map;
import java.util.UUID;

class H2ConnectSessionsTest extends ConnectSessionsContract {

    private final Map<String, Object> database = ZoomWorld.h2("sessions-" + UUID.randomUUID());

    @Override
    Map<String, Object> database() {
        return new java.util.HashMap<>(database);
    }

    @Override
    void dropDatabase() {
        // in-memory: gone with the JVM
    }
}
