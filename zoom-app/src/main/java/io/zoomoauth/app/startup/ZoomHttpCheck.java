package io.zoomoauth.app.startup;

import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.value.PropertyResolver;
import io.zoomoauth.adapters.http.support.ZoomHttpProperties;
import io.zoomoauth.adapters.http.support.ZoomHttpProperties.Defaults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Zoom connection settings ({@code zoom.http.*}) by the rules of {@link ZoomHttpProperties}, unset ones at their
 * defaults: pool size and waiting calls in range, the pool wait shorter than the read timeout. A duration that does
 * not parse is {@link DurationsCheck}'s to report; the rules are then not judged (they would only repeat it).
 */
final class ZoomHttpCheck implements StartupCheck {

    @Override
    public List<StartupProblem> check(PropertyResolver settings) {
        List<StartupProblem> problems = new ArrayList<>();
        Optional<Integer> getRetries = number(settings, "zoom.http.get-retries", Defaults.GET_RETRIES, problems);
        Optional<Integer> maxConnections = number(settings, "zoom.http.max-connections", Defaults.MAX_CONNECTIONS, problems);
        Optional<Integer> maxWaiting = number(settings, "zoom.http.max-waiting", Defaults.MAX_WAITING, problems);
        Optional<Duration> connectTimeout = duration(settings, "zoom.http.connect-timeout", Defaults.CONNECT_TIMEOUT);
        Optional<Duration> readTimeout = duration(settings, "zoom.http.read-timeout", Defaults.READ_TIMEOUT);
        Optional<Duration> retryBaseDelay = duration(settings, "zoom.http.retry-base-delay", Defaults.RETRY_BASE_DELAY);
        Optional<Duration> poolWait = duration(settings, "zoom.http.pool-wait", Defaults.POOL_WAIT);
        if (retryBaseDelay.isEmpty()) {
            problems.add(new StartupProblem("zoom.http.retry-base-delay", "'" + ServerPortCheck.abbreviate(
                    StartupCheck.value(settings, "zoom.http.retry-base-delay")) + "' is not a duration; use e.g. 200ms"));
        }
        if (!problems.isEmpty() || connectTimeout.isEmpty() || readTimeout.isEmpty() || poolWait.isEmpty()) {
            return problems;
        }
        ZoomHttpProperties.problems(connectTimeout.get(), readTimeout.get(), getRetries.get(), retryBaseDelay.get(),
                        maxConnections.get(), poolWait.get(), maxWaiting.get())
                .forEach((property, problem) -> problems.add(new StartupProblem(property, problem)));
        return problems;
    }

    private static Optional<Integer> number(PropertyResolver settings, String property, String fallback,
                                            List<StartupProblem> problems) {
        String value = StartupCheck.value(settings, property);
        try {
            return Optional.of(Integer.parseInt(value.isEmpty() ? fallback : value));
        } catch (NumberFormatException notANumber) {
            problems.add(new StartupProblem(property, "'" + ServerPortCheck.abbreviate(value) + "' is not a whole number"));
            return Optional.empty();
        }
    }

    private static Optional<Duration> duration(PropertyResolver settings, String property, String fallback) {
        if (StartupCheck.value(settings, property).isEmpty()) {
            // The same conversion as the setting's own ("250ms", "10s").
            return ConversionService.SHARED.convert(fallback, Duration.class);
        }
        return settings.getProperty(property, Duration.class);
    }
}
