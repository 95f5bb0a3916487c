package io.zoomoauth.adapters.http.support;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Transport settings shared by every Zoom call ({@code zoom.http.*}).
 *
 * @param connectTimeout how long to wait for a TCP connection to Zoom
 * @param readTimeout    how long to wait for Zoom's answer once connected
 * @param getRetries     how many times a GET is repeated after a 5xx or a failed connection (never other methods)
 * @param retryBaseDelay the first backoff; each further retry doubles it, with jitter
 * @param maxConnections at most this many connections to Zoom at once per instance; further calls wait for a
 *                       free one (up to the read timeout). Zoom's per-second rate limits make larger bursts futile.
 */
@ConfigurationProperties("zoom.http")
public record ZoomHttpProperties(
        @Bindable(defaultValue = "5s") Duration connectTimeout,
        @Bindable(defaultValue = "10s") Duration readTimeout,
        @Bindable(defaultValue = "2") int getRetries,
        @Bindable(defaultValue = "200ms") Duration retryBaseDelay,
        @Bindable(defaultValue = "50") int maxConnections) {

    public ZoomHttpProperties {
        requirePositive(connectTimeout, "zoom.http.connect-timeout");
        requirePositive(readTimeout, "zoom.http.read-timeout");
        if (getRetries < 0 || getRetries > 5) {
            throw new IllegalArgumentException("zoom.http.get-retries must be between 0 and 5");
        }
        if (maxConnections < 1 || maxConnections > 1000) {
            throw new IllegalArgumentException("zoom.http.max-connections must be between 1 and 1000");
        }
        if (retryBaseDelay == null || retryBaseDelay.isNegative()) {
            throw new IllegalArgumentException("zoom.http.retry-base-delay must not be negative");
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
