package io.zoomoauth.adapters.http.oauth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.zoomoauth.adapters.http.support.BaseUrls;
import java.net.URI;
import java.util.Optional;

/**
 * The user-OAuth app ({@code zoom.oauth.*}, from ZOOM_CLIENT_ID / ZOOM_CLIENT_SECRET). The credentials may be
 * absent: the service still starts, and every call that needs them fails with InvalidClient.
 */
// Created at start-up (@Context): the clients read the URL as a placeholder, so only this bean checks it.
@Context
@ConfigurationProperties("zoom.oauth")
public record ZoomOAuthProperties(
        @Bindable(defaultValue = "https://zoom.us") URI baseUrl,
        @Nullable String clientId,
        @Nullable String clientSecret) {

    public ZoomOAuthProperties {
        BaseUrls.requireHttpUrl(baseUrl, "zoom.oauth.base-url");
    }

    /** Both id and secret, or empty when either is missing or blank. */
    public Optional<ClientCredentials> credentials() {
        return ClientCredentials.of(clientId, clientSecret);
    }

    public String root() {
        return baseUrl.toString();
    }

    @Override
    public String toString() {
        return "ZoomOAuthProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "absent" : "***") + "]";
    }
}
