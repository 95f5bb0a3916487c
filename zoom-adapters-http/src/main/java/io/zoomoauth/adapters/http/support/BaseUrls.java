package io.zoomoauth.adapters.http.support;

import java.net.URI;

/** Checks and normalises the configured base URLs. */
public final class BaseUrls {

    private BaseUrls() {
    }

    public static URI requireHttpUrl(URI url, String property) {
        if (url == null || !url.isAbsolute() || url.getHost() == null
                || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
            throw new IllegalArgumentException(property + " must be an absolute http(s) URL");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException(property + " must not have a query or fragment");
        }
        return url;
    }

    public static String withoutTrailingSlash(URI url) {
        String text = url.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
