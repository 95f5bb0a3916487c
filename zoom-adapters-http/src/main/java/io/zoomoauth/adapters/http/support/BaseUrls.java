package io.zoomoauth.adapters.http.support;

import java.net.URI;

/** Checks the configured base URLs. */
public final class BaseUrls {

    private BaseUrls() {
    }

    /**
     * An absolute http(s) URL of a host only: the declarative clients append their paths ({@code /v2/…},
     * {@code /oauth/…}) to it as written, so a path (even a trailing {@code /}) would end up doubled or broken.
     */
    public static URI requireHttpUrl(URI url, String property) {
        if (url == null || !url.isAbsolute() || url.getHost() == null
                || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
            throw new IllegalArgumentException(property + " must be an absolute http(s) URL");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException(property + " must not have a query or fragment");
        }
        if (url.getRawPath() != null && !url.getRawPath().isEmpty()) {
            throw new IllegalArgumentException(property + " must be a host without a path or trailing slash, e.g. "
                    + url.getScheme() + "://" + url.getRawAuthority() + " (the service adds /v2 and /oauth itself)");
        }
        return url;
    }
}
