package io.zoomoauth.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.zoomoauth.domain.idempotency.IdempotencySettings;
import java.time.Duration;

/**
 * {@code zoom.idempotency.*}: how long keys are kept, how long a duplicate waits for the first request, and when a
 * first request that never finished counts as abandoned (it must outlast the longest Zoom call: token refresh plus
 * the API call, each bounded by {@code zoom.http.read-timeout}).
 */
@ConfigurationProperties("zoom.idempotency")
public record IdempotencyProperties(
        @Bindable(defaultValue = "24h") Duration retention,
        @Bindable(defaultValue = "15s") Duration waitMax,
        @Bindable(defaultValue = "100ms") Duration poll,
        @Bindable(defaultValue = "5m") Duration abandonAfter,
        @Bindable(defaultValue = "10m") Duration purgeInterval) {

    public IdempotencySettings settings() {
        return new IdempotencySettings(retention, waitMax, poll, abandonAfter);
    }
}
