package io.zoomoauth.app.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.zoomoauth.adapters.http.support.ZoomHttpProperties;
import java.time.Duration;
import java.util.Optional;

/**
 * Start-up check: the refresh lease must comfortably outlast the Zoom call it covers. A lease that expires while
 * Zoom is still answering lets a second caller present the refresh token Zoom is rotating right now, and lose the
 * grant. Refuses to start with one line naming both settings.
 */
@Context
public class LeaseCoversZoomCall {

    /** Room for the store round trips around the Zoom call, and for clocks a little apart. */
    static final Duration MARGIN = Duration.ofSeconds(5);

    public LeaseCoversZoomCall(ServiceSettings settings, ZoomHttpProperties http) {
        problem(settings.leaseTtl(), http.connectTimeout(), http.readTimeout()).ifPresent(problem -> {
            throw new ConfigurationException(problem);
        });
    }

    /** The one-line problem, if {@code leaseTtl} is not longer than the Zoom call's timeouts plus {@link #MARGIN}. */
    public static Optional<String> problem(Duration leaseTtl, Duration connectTimeout, Duration readTimeout) {
        Duration zoomCall = connectTimeout.plus(readTimeout);
        if (leaseTtl.compareTo(zoomCall.plus(MARGIN)) >= 0) {
            return Optional.empty();
        }
        return Optional.of("zoom.lease-ttl (" + seconds(leaseTtl) + ") must be at least zoom.http.connect-timeout + "
                + "zoom.http.read-timeout (" + seconds(connectTimeout) + " + " + seconds(readTimeout) + ") + "
                + seconds(MARGIN) + " = " + seconds(zoomCall.plus(MARGIN)) + ": raise zoom.lease-ttl or lower the Zoom "
                + "timeouts, or a refresh still waiting for Zoom loses its lease and the user's grant");
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
