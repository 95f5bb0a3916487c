package io.zoomoauth.app.startup;

import io.micronaut.core.value.PropertyResolver;
import java.util.List;

/** The datasource URL names a database the service has a driver for. */
final class DatabaseSettingsCheck implements StartupCheck {

    @Override
    public List<StartupProblem> check(PropertyResolver settings) {
        String url = StartupCheck.value(settings, "datasources.default.url");
        if (url.isEmpty() || url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:h2:")) {
            return List.of();
        }
        // The URL may carry a password: name its problem, never the value.
        return List.of(new StartupProblem("DATASOURCES_DEFAULT_URL", "is not a MySQL/MariaDB JDBC URL; use"
                + " jdbc:mysql://host:3306/database (or leave it unset for the embedded database)"));
    }
}
