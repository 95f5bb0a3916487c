package io.zoomoauth.domain.proxy;

import io.zoomoauth.domain.common.Chars;
import io.zoomoauth.domain.common.Check;
import java.util.Optional;

/**
 * One request to forward to Zoom: method, checked path, the raw query string (passed through unchanged, "" for
 * none), the caller's {@code Content-Type} and {@code Accept}, and the body bytes (kept whole: Zoom's one
 * 401-124 retry must send them again). Never printed with its body.
 */
public record ProxyRequest(ProxyMethod method, ZoomApiPath path, String query, Optional<String> contentType,
                           Optional<String> accept, byte[] body) {

    public static final int MAX_QUERY_LENGTH = 4096;
    /** Query characters: RFC 3986 query characters without '#', no spaces or control characters. */
    static final Chars.CharClass QUERY = c -> Chars.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?%".indexOf(c) >= 0;

    public ProxyRequest {
        Check.notNull(method, "method");
        Check.notNull(path, "path");
        Check.notNull(query, "query");
        Check.notNull(contentType, "contentType");
        Check.notNull(accept, "accept");
        Check.notNull(body, "body");
        if (!Chars.all(query, 0, MAX_QUERY_LENGTH, QUERY)) {
            throw new ProxyPathRefused("query must be at most " + MAX_QUERY_LENGTH + " URL-encoded characters");
        }
        // Zoom refuses tokens in the query string (401 code 124), which would only cost a pointless refresh.
        if (carriesAccessToken(query)) {
            throw new ProxyPathRefused("query must not carry access_token: the service sends the token itself");
        }
        body = body.clone();
    }

    /** {@code (?i)(^|&)access_token=} found in the query, as a loop over its parameters. */
    static boolean carriesAccessToken(String query) {
        int start = 0;
        while (start <= query.length()) {
            if (query.regionMatches(true, start, "access_token=", 0, "access_token=".length())) {
                return true;
            }
            int next = query.indexOf('&', start);
            if (next < 0) {
                return false;
            }
            start = next + 1;
        }
        return false;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public ProxyRequest withPath(ZoomApiPath newPath) {
        return new ProxyRequest(method, newPath, query, contentType, accept, body);
    }

    /** For logs: the method and the route template, never the query or the body. */
    public String describe() {
        return method + " " + path.template();
    }

    @Override
    public String toString() {
        return "ProxyRequest[" + describe() + "]";
    }
}
