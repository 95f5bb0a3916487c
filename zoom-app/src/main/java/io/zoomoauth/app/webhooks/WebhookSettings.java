package io.zoomoauth.app.webhooks;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code zoom.webhooks.*}.
 *
 * @param secretToken    the app's webhook secret token ({@code ZOOM_WEBHOOK_SECRET_TOKEN}); absent: the endpoint answers 503
 * @param maxAge         how old a signed timestamp may be. Zoom retries a failed delivery after 5, 20 and 60 more
 *                       minutes and documents no replay window, so the default (90 minutes) accepts its retries
 * @param maxFutureSkew  how far ahead of our clock a timestamp may be (clock drift)
 * @param handlingBudget how long an event may take before we answer 503 anyway (Zoom wants an answer in 3 s)
 */
@ConfigurationProperties("zoom.webhooks")
public record WebhookSettings(@Nullable String secretToken,
                              @Bindable(defaultValue = "90m") Duration maxAge,
                              @Bindable(defaultValue = "5m") Duration maxFutureSkew,
                              @Bindable(defaultValue = "2500ms") Duration handlingBudget) {

    /**
     * How long a handled event is remembered: as long as a signed copy of it can still be accepted. Zoom retries a
     * failed delivery after 5, 20 and 60 more minutes (Zoom's webhook docs, "Notification delivery"), 85 minutes in
     * all, which {@code maxAge} (90 minutes) covers; a copy older than that is refused as stale anyway.
     */
    public Duration replayWindow() {
        return maxAge.plus(maxFutureSkew);
    }

    public boolean configured() {
        return secretToken != null && !secretToken.isBlank();
    }

    @Override
    public String toString() {
        return "WebhookSettings[secretToken=" + (configured() ? "***" : "absent") + ", maxAge=" + maxAge + "]";
    }
}
