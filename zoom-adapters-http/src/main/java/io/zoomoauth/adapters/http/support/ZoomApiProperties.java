package io.zoomoauth.adapters.http.support;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;

/**
 * Where Zoom's REST API lives ({@code zoom.api.base-url}, default {@code https://api.zoom.us}): a host without a
 * path. The declarative clients append {@code /v2} ({@code @Client("${zoom.api.base-url}/v2")}).
 */
// Created at start-up (@Context): the clients read the URL as a placeholder, so only this bean checks it.
@Context
@ConfigurationProperties("zoom.api")
public record ZoomApiProperties(@Bindable(defaultValue = "https://api.zoom.us") URI baseUrl) {

    public ZoomApiProperties {
        BaseUrls.requireHttpUrl(baseUrl, "zoom.api.base-url");
    }

    /** {@code {base-url}/v2}: every API path is appended to this. */
    public String v2() {
        return baseUrl + "/v2";
    }
}
