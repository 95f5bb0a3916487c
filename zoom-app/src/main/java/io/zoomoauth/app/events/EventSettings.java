package io.zoomoauth.app.events;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.zoomoauth.adapters.http.events.EventSignature;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code zoom.events.*}: where events go and how they are retried. Without {@code url} and {@code secret}
 * events are recorded (the audit trail) but not sent; one without the other is a configuration error.
 *
 * @param url          {@code ZOOM_EVENTS_URL}: the organisation's receiver, http or https
 * @param secret       {@code ZOOM_EVENTS_SECRET}: signs every delivery (at least 32 characters)
 * @param retryInitial first backoff after a failed attempt; doubles per attempt, with jitter
 * @param retryMax     the longest backoff
 * @param maxAge       how long an event is retried before it is FAILED
 * @param claimTtl     how long one instance holds an event it is delivering; must exceed {@code timeout}
 * @param timeout      a 2xx within this is success; later counts as no answer
 * @param concurrency  deliveries in flight per instance
 * @param retention    delivered and failed events are purged after this
 * @param pollInterval how often an idle worker looks for due events
 */
@ConfigurationProperties("zoom.events")
public record EventSettings(@Nullable String url,
                            @Nullable String secret,
                            @Bindable(defaultValue = "10s") Duration retryInitial,
                            @Bindable(defaultValue = "1h") Duration retryMax,
                            @Bindable(defaultValue = "24h") Duration maxAge,
                            @Bindable(defaultValue = "60s") Duration claimTtl,
                            @Bindable(defaultValue = "10s") Duration timeout,
                            @Bindable(defaultValue = "4") int concurrency,
                            @Bindable(defaultValue = "30d") Duration retention,
                            @Bindable(defaultValue = "1s") Duration pollInterval) {

    public EventSettings {
        Map<String, String> problems = problems(url, secret, concurrency);
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new IllegalArgumentException(first.getKey() + ": " + first.getValue());
        }
    }

    /**
     * What is wrong with the events settings, by variable (the start-up checks report them all at once); empty when
     * they are fine. Never contains the secret.
     */
    public static Map<String, String> problems(@Nullable String url, @Nullable String secret, int concurrency) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean hasUrl = url != null && !url.isBlank();
        boolean hasSecret = secret != null && !secret.isBlank();
        if (hasUrl != hasSecret) {
            problems.put(hasUrl ? "ZOOM_EVENTS_SECRET" : "ZOOM_EVENTS_URL", "set both ZOOM_EVENTS_URL and "
                    + "ZOOM_EVENTS_SECRET (or neither: events are then recorded but not sent)");
        }
        if (hasUrl && !url.trim().matches("(?i)https?://[^\\s/]+.*")) {
            problems.put("ZOOM_EVENTS_URL", "must be an http or https URL");
        }
        if (hasSecret) {
            try {
                new EventSignature(secret);
            } catch (IllegalArgumentException tooShort) {
                problems.put("ZOOM_EVENTS_SECRET", "must be at least " + EventSignature.MIN_SECRET_LENGTH
                        + " characters (e.g. `openssl rand -hex 32`)");
            }
        }
        if (concurrency < 1 || concurrency > 64) {
            problems.put("zoom.events.concurrency", "must be between 1 and 64");
        }
        return problems;
    }

    public boolean sending() {
        return url != null && !url.isBlank();
    }

    /** The receiver's scheme, host and port: what the start-up report may show. */
    public Optional<String> receiverOrigin() {
        if (!sending()) {
            return Optional.empty();
        }
        URI uri = URI.create(url.trim());
        return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
    }

    @Override
    public String toString() {
        return "EventSettings[receiver=" + receiverOrigin().orElse("none") + ", secret=" + (sending() ? "***" : "absent")
                + ", retryInitial=" + retryInitial + ", retryMax=" + retryMax + ", maxAge=" + maxAge + "]";
    }
}
