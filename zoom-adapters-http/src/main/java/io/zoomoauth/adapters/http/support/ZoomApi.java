package io.zoomoauth.adapters.http.support;

import io.zoomoauth.domain.token.AccessToken;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Calls Zoom's REST API ({@code {zoom.api.base-url}/v2}) with a user's or an account's access token: the
 * token goes only into {@code Authorization: Bearer}. A non-2xx answer becomes a domain failure through
 * {@link ZoomErrorTranslator}; a 2xx body is parsed as a JSON object and handed to the caller's mapping.
 */
@Singleton
public final class ZoomApi {

    private static final String JSON = "application/json";

    private final ZoomApiProperties properties;
    private final ZoomHttpClient http;
    private final ZoomErrorTranslator errors;
    private final ZoomJson json;

    public ZoomApi(ZoomApiProperties properties, ZoomHttpClient http, ZoomErrorTranslator errors, ZoomJson json) {
        this.properties = properties;
        this.http = http;
        this.errors = errors;
        this.json = json;
    }

    /** {@code GET path?query}; the query's values are form-encoded, in the map's order. */
    public <T> T get(AccessToken token, ApiPath path, Map<String, String> query, Function<Map<String, Object>, T> mapping) {
        ZoomRequest request = request("GET", path, query, token);
        return read(request, call(request), mapping);
    }

    /** {@code POST path} with a JSON body (never retried). */
    public <T> T post(AccessToken token, ApiPath path, Map<String, Object> body, Function<Map<String, Object>, T> mapping) {
        ZoomRequest request = request("POST", path, Map.of(), token).withBody(JSON, json.write(body));
        return read(request, call(request), mapping);
    }

    /** {@code PATCH path} with a JSON body (never retried); Zoom answers 204. */
    public void patch(AccessToken token, ApiPath path, Map<String, Object> body) {
        ZoomRequest request = request("PATCH", path, Map.of(), token).withBody(JSON, json.write(body));
        call(request);
    }

    /** {@code DELETE path} (never retried); Zoom answers 204. */
    public void delete(AccessToken token, ApiPath path) {
        call(request("DELETE", path, Map.of(), token));
    }

    private ZoomResponse call(ZoomRequest request) {
        ZoomResponse response = http.send(request);
        if (!response.isSuccess()) {
            throw errors.apiFailure(request, response);
        }
        return response;
    }

    private <T> T read(ZoomRequest request, ZoomResponse response, Function<Map<String, Object>, T> mapping) {
        try {
            return mapping.apply(json.readObject(response.body()));
        } catch (IllegalArgumentException | ArithmeticException | NullPointerException | ClassCastException e) {
            throw errors.unreadable(request, response, e);
        }
    }

    private ZoomRequest request(String method, ApiPath path, Map<String, String> query, AccessToken token) {
        StringBuilder uri = new StringBuilder(properties.v2()).append(path.path());
        if (!query.isEmpty()) {
            StringJoiner joined = new StringJoiner("&", "?", "");
            query.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            uri.append(joined);
        }
        return ZoomRequest.of(method, URI.create(uri.toString()), path.template())
                .withHeader("Authorization", "Bearer " + token.value())
                .withHeader("Accept", JSON);
    }
}
