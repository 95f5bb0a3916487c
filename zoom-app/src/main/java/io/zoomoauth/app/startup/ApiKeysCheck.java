package io.zoomoauth.app.startup;

import io.micronaut.core.value.PropertyResolver;
import io.zoomoauth.app.ops.ApiKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** API keys are long enough; they may be absent only on the embedded database (one is generated there). */
final class ApiKeysCheck implements StartupCheck {

    private static final String VARIABLE = "ZOOM_API_KEYS";

    @Override
    public List<StartupProblem> check(PropertyResolver settings) {
        List<String> keys = Arrays.stream(StartupCheck.value(settings, "zoom.api-keys").split(","))
                .map(String::strip).filter(k -> !k.isEmpty()).toList();
        List<StartupProblem> problems = new ArrayList<>();
        if (keys.isEmpty() && !StartupCheck.embeddedDatabase(settings)) {
            problems.add(new StartupProblem(VARIABLE, "is not set, and a MySQL database needs it; set one or more"
                    + " comma-separated keys of " + ApiKeys.MIN_KEY_LENGTH + "+ characters (e.g. `openssl rand -hex 24`)"));
        }
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).length() < ApiKeys.MIN_KEY_LENGTH) {
                problems.add(new StartupProblem(VARIABLE, "key " + (i + 1) + " is shorter than "
                        + ApiKeys.MIN_KEY_LENGTH + " characters; use long random keys (e.g. `openssl rand -hex 24`)"));
            }
        }
        return problems;
    }
}
