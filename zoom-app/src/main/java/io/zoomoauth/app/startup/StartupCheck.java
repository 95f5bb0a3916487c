package io.zoomoauth.app.startup;

import io.micronaut.core.value.PropertyResolver;
import java.util.List;

/**
 * One check of the settings, run before anything starts, so that every problem is reported at once. A new check is
 * a class implementing this, listed in {@link StartupChecks#ALL}.
 */
public interface StartupCheck {

    /** @return every problem found, none when the settings are fine */
    List<StartupProblem> check(PropertyResolver settings);

    /** A setting's trimmed value; empty when unset or blank. */
    static String value(PropertyResolver settings, String property) {
        return settings.getProperty(property, String.class).map(String::strip).orElse("");
    }

    static boolean embeddedDatabase(PropertyResolver settings) {
        String url = value(settings, "datasources.default.url");
        return url.isEmpty() || url.startsWith("jdbc:h2:");
    }
}
