package io.zoomoauth.app.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.zoomoauth.domain.connect.ConnectError;
import io.zoomoauth.domain.connect.ConnectSession;
import io.zoomoauth.domain.connections.ConnectionView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 303 back to a connect session's {@code returnTo} (already checked against the allow list when the session was
 * created), with the result in the query. Never a token or a code.
 */
final class ReturnRedirects {

    private ReturnRedirects() {
    }

    static MutableHttpResponse<?> connected(URI returnTo, ConnectSession session, ConnectionView connection) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("status", "connected");
        query.put("sessionId", session.id().value());
        query.put("externalUserId", session.externalUserId().value());
        query.put("zoomUserId", connection.userId().value());
        return HttpResponse.seeOther(with(returnTo, query));
    }

    static MutableHttpResponse<?> failed(URI returnTo, ConnectSession session, ConnectError error) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("status", "error");
        query.put("sessionId", session.id().value());
        query.put("error", error.code());
        return HttpResponse.seeOther(with(returnTo, query));
    }

    static URI with(URI base, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(base.toString());
        char separator = base.getRawQuery() == null ? '?' : '&';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return URI.create(url.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
