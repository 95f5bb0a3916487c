package io.zoomoauth.app.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;

/**
 * Headers every answer carries. The OAuth callback's URL holds the authorization code, so no page may leak it
 * in a Referer; OAuth and API answers are never cached; pages are not framed (no clickjacking of "Allow") and
 * load nothing from elsewhere.
 */
// Every filter of the service names its paths as one regular expression: Micronaut compiles it once, while an Ant
// pattern is tokenized again on every request (matching a dozen of them was a tenth of a proxied call's CPU).
@ServerFilter(value = ".*", patternStyle = FilterPatternStyle.REGEX)
public class SecurityHeadersFilter implements Ordered {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'";
    /** The bundled Swagger UI starts from an inline script and styles itself inline; still nothing from elsewhere. */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    /** First in, last out: the answers other filters give on their own (401, 429, 503) carry the headers too. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("X-Frame-Options", "DENY");
        String path = request.getPath();
        response.header("Content-Security-Policy", path.startsWith("/swagger-ui/") ? SWAGGER_UI_POLICY
                : CONTENT_SECURITY_POLICY);
        if (servedOverHttps(request)) {
            response.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (path.startsWith("/oauth/") || path.startsWith("/connect/") || path.startsWith("/api/") || path.startsWith("/webhooks/")) {
            response.header("Cache-Control", "no-store");
        }
    }

    /**
     * TLS here, or at the proxy in front (X-Forwarded-Proto). Trusting that header is safe for this purpose:
     * browsers ignore Strict-Transport-Security on a plain-HTTP answer (RFC 6797 §8.1), so a forged header gains nothing.
     */
    private static boolean servedOverHttps(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
