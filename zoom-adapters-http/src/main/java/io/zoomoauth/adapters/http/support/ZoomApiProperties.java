package io.zoomoauth.adapters.http.support;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;

/**
 * Where Zoom's REST API lives ({@code zoom.api.base-url}, default {@code https://api.zoom.us}). The adapters
 * append {@code /v2}; a base URL that already ends in {@code /v2} is accepted as well.
 */
@ConfigurationProperties("zoom.api")
public record ZoomApiProperties(@Bindable(defaultValue = "https://api.zoom.us") URI baseUrl) {

    public ZoomApiProperties {
        BaseUrls.requireHttpUrl(baseUrl, "zoom.api.base-url");
    }

    /** The base URL without {@code /v2} and without a trailing slash, e.g. {@code https://api.zoom.us}. */
    public String root() {
        String root = BaseUrls.withoutTrailingSlash(baseUrl);
        return root.endsWith("/v2") ? root.substring(0, root.length() - 3) : root;
    }

    /** {@code {root}/v2}: every API path is appended to this. */
    public String v2() {
        return root() + "/v2";
    }
}
