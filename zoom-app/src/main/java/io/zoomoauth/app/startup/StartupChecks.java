package io.zoomoauth.app.startup;

import io.micronaut.core.value.PropertyResolver;
import java.util.List;

/** Every start-up check of the settings, in the order their problems are reported. */
public final class StartupChecks {

    static final List<StartupCheck> ALL = List.of(
            new DatabaseSettingsCheck(),
            new EncryptionKeyCheck(),
            new ApiKeysCheck(),
            new ZoomAppsCheck(),
            new ServerPortCheck(),
            new DurationsCheck(),
            new ZoomHttpCheck(),
            new EventsCheck());

    private StartupChecks() {
    }

    public static List<StartupProblem> run(PropertyResolver settings) {
        return ALL.stream().flatMap(check -> check.check(settings).stream()).toList();
    }
}
