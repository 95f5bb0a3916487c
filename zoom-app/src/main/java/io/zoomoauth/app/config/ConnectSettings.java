package io.zoomoauth.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Connect sessions ({@code zoom.connect.*}): where browsers may be sent back to, how long a link lives, whether the
 * anonymous {@code /oauth/authorize} is off, and the public base URL of connect links.
 */
@ConfigurationProperties("zoom.connect")
public record ConnectSettings(
        @Nullable List<String> returnUrls,
        @Bindable(defaultValue = "30m") Duration sessionTtl,
        @Bindable(defaultValue = "false") boolean requireSession,
        @Nullable String publicUrl) {

    public List<String> returnUrlsOrEmpty() {
        return returnUrls == null ? List.of() : returnUrls.stream().map(String::trim).filter(u -> !u.isEmpty()).toList();
    }

    /** {@code ZOOM_PUBLIC_URL}, or the scheme, host and port of the redirect URI. */
    public URI publicBase(URI redirectUri) {
        if (publicUrl != null && !publicUrl.isBlank()) {
            URI configured = URI.create(publicUrl.trim());
            if (!configured.isAbsolute() || configured.getHost() == null) {
                throw new IllegalArgumentException("ZOOM_PUBLIC_URL must be an absolute http(s) URL");
            }
            return configured;
        }
        return redirectUri.resolve("/");
    }

    /** The absolute link that starts a session's flow. */
    public URI connectUrl(URI redirectUri, String token) {
        String base = publicBase(redirectUri).toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "connect/" + token);
    }
}
