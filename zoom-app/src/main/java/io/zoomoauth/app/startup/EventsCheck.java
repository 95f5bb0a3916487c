package io.zoomoauth.app.startup;

import io.micronaut.core.value.PropertyResolver;
import io.zoomoauth.app.events.EventSettings;
import java.util.List;

/** The receiver of events and its secret: both or neither, a real URL, a long secret (the rules of EventSettings). */
final class EventsCheck implements StartupCheck {

    @Override
    public List<StartupProblem> check(PropertyResolver settings) {
        String concurrency = StartupCheck.value(settings, "zoom.events.concurrency");
        int inFlight;
        try {
            inFlight = concurrency.isEmpty() ? 4 : Integer.parseInt(concurrency);
        } catch (NumberFormatException notANumber) {
            return List.of(new StartupProblem("ZOOM_EVENTS_CONCURRENCY", "'" + concurrency + "' is not a whole number"));
        }
        return EventSettings.problems(StartupCheck.value(settings, "zoom.events.url"),
                        StartupCheck.value(settings, "zoom.events.secret"), inFlight)
                .entrySet().stream().map(problem -> new StartupProblem(problem.getKey(), problem.getValue())).toList();
    }
}
