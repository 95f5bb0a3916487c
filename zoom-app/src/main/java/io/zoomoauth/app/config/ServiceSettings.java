package io.zoomoauth.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The service's own settings ({@code zoom.*}); the Zoom adapters read theirs ({@code zoom.oauth.*},
 * {@code zoom.api.*}, {@code zoom.s2s.*}, {@code zoom.http.*}) themselves. Environment variables are mapped
 * onto these names in application.yml.
 */
@ConfigurationProperties("zoom")
public record ServiceSettings(
        @Bindable(defaultValue = "http://localhost:8080/oauth/callback") URI redirectUri,
        @Nullable List<String> apiKeys,
        @Nullable String instanceId,
        @Bindable(defaultValue = "5m") Duration refreshSkew,
        @Bindable(defaultValue = "30d") Duration keepAliveAge,
        @Bindable(defaultValue = "30s") Duration leaseTtl,
        @Bindable(defaultValue = "50ms") Duration leaseWaitPoll,
        @Bindable(defaultValue = "35s") Duration leaseWaitMax,
        @Bindable(defaultValue = "60s") Duration refreshBackoffMax) {

    public List<String> apiKeysOrEmpty() {
        return apiKeys == null ? List.of() : apiKeys.stream().map(String::trim).filter(k -> !k.isEmpty()).toList();
    }

    /** Never prints the API keys (Micronaut logs created beans at DEBUG). */
    @Override
    public String toString() {
        return "ServiceSettings[redirectUri=" + redirectUri + ", apiKeys=" + apiKeysOrEmpty().size() + " configured"
                + ", instanceId=" + instanceId + ", refreshSkew=" + refreshSkew + ", keepAliveAge=" + keepAliveAge
                + ", leaseTtl=" + leaseTtl + "]";
    }

    /** Where a user goes to connect (again): this service's own {@code /oauth/authorize}. */
    public URI authorizeUrl() {
        return redirectUri.resolve("/oauth/authorize");
    }
}
