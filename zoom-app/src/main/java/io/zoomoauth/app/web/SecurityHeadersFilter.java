package io.zoomoauth.app.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every answer carries. The OAuth callback's URL holds the authorization code, so no page may leak it
 * in a Referer; OAuth and API answers are never cached; pages are not framed (no clickjacking of "Allow").
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter {

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("X-Frame-Options", "DENY");
        String path = request.getPath();
        if (path.startsWith("/oauth/") || path.startsWith("/connect/") || path.startsWith("/api/") || path.startsWith("/webhooks/")) {
            response.header("Cache-Control", "no-store");
        }
    }
}
