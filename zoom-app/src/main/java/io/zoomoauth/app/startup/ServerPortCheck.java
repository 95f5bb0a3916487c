package io.zoomoauth.app.startup;

import io.micronaut.core.value.PropertyResolver;
import java.util.List;

/** The HTTP port is a port number. */
final class ServerPortCheck implements StartupCheck {

    @Override
    public List<StartupProblem> check(PropertyResolver settings) {
        String port = StartupCheck.value(settings, "micronaut.server.port");
        if (port.isEmpty() || port.matches("\\d{1,5}") && Integer.parseInt(port) <= 65535) {
            return List.of();
        }
        return List.of(new StartupProblem("MICRONAUT_SERVER_PORT", "'" + abbreviate(port)
                + "' is not a port number; use 1-65535 (e.g. 8080)"));
    }

    static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
