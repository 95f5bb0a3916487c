package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

/**
 * Rate limit per client address on the anonymous flows: each fresh {@code state} lets its holder make us call Zoom's
 * token endpoint with our client secret, so nobody may start or finish sign-ins faster than a person would.
 * Answers 429 {@code rate_limited} with {@code Retry-After}.
 */
@ServerFilter(value = "/(oauth|connect)(/.*)?", patternStyle = FilterPatternStyle.REGEX)
public class ClientRateLimitFilter implements Ordered {

    private final TokenBuckets buckets;
    private final List<String> trustedProxies;
    private final ErrorResponses errors;

    public ClientRateLimitFilter(RateLimitSettings settings, Clock clock, ErrorResponses errors) {
        this.buckets = new TokenBuckets(settings.burst(), settings.perMinute(), settings.maxAddresses(), clock);
        this.trustedProxies = settings.trustedProxiesOrEmpty();
        this.errors = errors;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<ApiError> limit(HttpRequest<?> request) {
        OptionalLong wait = buckets.take(clientAddress(request));
        return wait.isPresent() ? errors.rateLimited(wait.getAsLong()) : null;
    }

    /**
     * The peer's address; behind a trusted proxy, the last {@code X-Forwarded-For} entry that is not itself a trusted
     * proxy (entries further left are whatever the client claimed).
     */
    String clientAddress(HttpRequest<?> request) {
        String peer = request.getRemoteAddress().getAddress().getHostAddress();
        String forwarded = request.getHeaders().get("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /** First of all: a refused request should cost nothing else. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 10;
    }
}
