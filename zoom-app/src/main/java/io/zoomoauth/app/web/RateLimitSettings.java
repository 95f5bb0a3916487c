package io.zoomoauth.app.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * {@code zoom.rate-limit.*}: a token bucket per client address on the anonymous flows ({@code /oauth/*},
 * {@code /connect/*}).
 *
 * @param perMinute      sustained requests per minute and address ({@code ZOOM_RATE_LIMIT_PER_MINUTE})
 * @param burst          requests an address may send at once before the sustained rate applies
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} is believed
 *                       ({@code ZOOM_TRUSTED_PROXIES}, comma-separated); from anyone else the header is ignored
 * @param maxAddresses   how many addresses are tracked at once (memory bound; idle full buckets are dropped first)
 */
@ConfigurationProperties("zoom.rate-limit")
public record RateLimitSettings(@Bindable(defaultValue = "60") int perMinute,
                                @Bindable(defaultValue = "30") int burst,
                                @Nullable List<String> trustedProxies,
                                @Bindable(defaultValue = "100000") int maxAddresses) {

    public List<String> trustedProxiesOrEmpty() {
        return trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
