package io.zoomoauth.adapters.http.support;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Transport settings shared by every Zoom call ({@code zoom.http.*}).
 *
 * <p>Sizing the pool: <b>connections ≈ target requests per second × Zoom's latency</b> (in seconds). A connection
 * carries one call at a time, so with Zoom answering in ~100 ms each connection serves ~10 calls a second: 50
 * connections cap an instance at ~500 req/s, and 400 concurrent callers need ~400. Zoom is often slower than 100 ms;
 * the default leaves room for that.
 *
 * @param connectTimeout how long to wait for a TCP connection to Zoom
 * @param readTimeout    how long to wait for Zoom's answer once connected
 * @param getRetries     how many times a GET is repeated after a 5xx or a failed connection (never other methods)
 * @param retryBaseDelay the first backoff; each further retry doubles it, with jitter
 * @param maxConnections at most this many connections per Zoom host (OAuth, API) at once per instance; a call finding
 *                       them all busy waits for one, up to {@code poolWait}
 * @param poolWait       how long a call waits for a connection: with all busy it is then refused ({@code 503
 *                       zoom_busy}, nothing sent to Zoom); Micronaut's wait also covers opening a new connection (and,
 *                       on the first call, setting up the client: ~0.5 s here, over 1 s under load), so keep it well
 *                       above that. Shorter than the read timeout
 * @param maxWaiting     at most this many calls wait for a connection at once per Zoom host; one more is refused at once
 */
@ConfigurationProperties("zoom.http")
public record ZoomHttpProperties(
        @Bindable(defaultValue = Defaults.CONNECT_TIMEOUT) Duration connectTimeout,
        @Bindable(defaultValue = Defaults.READ_TIMEOUT) Duration readTimeout,
        @Bindable(defaultValue = Defaults.GET_RETRIES) int getRetries,
        @Bindable(defaultValue = Defaults.RETRY_BASE_DELAY) Duration retryBaseDelay,
        @Bindable(defaultValue = Defaults.MAX_CONNECTIONS) int maxConnections,
        @Bindable(defaultValue = Defaults.POOL_WAIT) Duration poolWait,
        @Bindable(defaultValue = Defaults.MAX_WAITING) int maxWaiting) {

    /** The defaults as written in configuration, for the start-up check that judges unset settings by them. */
    public static final class Defaults {
        public static final String CONNECT_TIMEOUT = "5s";
        public static final String READ_TIMEOUT = "10s";
        public static final String GET_RETRIES = "2";
        public static final String RETRY_BASE_DELAY = "200ms";
        public static final String MAX_CONNECTIONS = "512";
        public static final String POOL_WAIT = "2s";
        public static final String MAX_WAITING = "1024";

        private Defaults() {
        }
    }

    static final int CONNECTIONS_LIMIT = 10_000;
    static final int WAITING_LIMIT = 100_000;

    public ZoomHttpProperties {
        Map<String, String> problems = problems(connectTimeout, readTimeout, getRetries, retryBaseDelay,
                maxConnections, poolWait, maxWaiting);
        if (!problems.isEmpty()) {
            // Every problem at once, so a start refused for one does not hide the next.
            throw new IllegalArgumentException(String.join("; ", problems.entrySet().stream()
                    .map(problem -> problem.getKey() + " " + problem.getValue()).toList()));
        }
    }

    /** Every problem of these settings, by property name; empty when they are fine. */
    public static Map<String, String> problems(Duration connectTimeout, Duration readTimeout, int getRetries,
                                               Duration retryBaseDelay, int maxConnections, Duration poolWait,
                                               int maxWaiting) {
        Map<String, String> problems = new LinkedHashMap<>();
        requirePositive(connectTimeout, "zoom.http.connect-timeout", problems);
        requirePositive(readTimeout, "zoom.http.read-timeout", problems);
        requirePositive(poolWait, "zoom.http.pool-wait", problems);
        if (getRetries < 0 || getRetries > 5) {
            problems.put("zoom.http.get-retries", "must be between 0 and 5");
        }
        if (retryBaseDelay == null || retryBaseDelay.isNegative()) {
            problems.put("zoom.http.retry-base-delay", "must not be negative");
        }
        if (maxConnections < 1 || maxConnections > CONNECTIONS_LIMIT) {
            problems.put("zoom.http.max-connections", "must be between 1 and " + CONNECTIONS_LIMIT
                    + " (connections ≈ target requests per second × Zoom's latency in seconds)");
        }
        if (maxWaiting < 1 || maxWaiting > WAITING_LIMIT) {
            problems.put("zoom.http.max-waiting", "must be between 1 and " + WAITING_LIMIT);
        }
        if (!problems.containsKey("zoom.http.pool-wait") && !problems.containsKey("zoom.http.read-timeout")
                && poolWait.compareTo(readTimeout) >= 0) {
            // The read timeout bounds the whole exchange, the wait for a connection included: it would fire first.
            problems.put("zoom.http.pool-wait", "is " + poolWait.toMillis() + " ms; it must be shorter than "
                    + "zoom.http.read-timeout (" + readTimeout.toMillis() + " ms)");
        }
        return problems;
    }

    private static void requirePositive(Duration value, String name, Map<String, String> problems) {
        if (value == null || value.isZero() || value.isNegative()) {
            problems.put(name, "must be a positive duration");
        }
    }
}
