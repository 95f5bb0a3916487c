package io.zoomoauth.adapters.http.support;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request to Zoom. {@code pathTemplate} is what gets logged (never the concrete URI's query or a header),
 * and {@link #toString()} prints neither headers nor body: both may hold tokens or secrets.
 */
public final class ZoomRequest {

    private final String method;
    private final URI uri;
    private final String pathTemplate;
    private final Map<String, String> headers;
    private final String contentType;
    private final byte[] body;

    private ZoomRequest(String method, URI uri, String pathTemplate, Map<String, String> headers, String contentType,
                        byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.contentType = contentType;
        this.body = body;
    }

    public static ZoomRequest of(String method, URI uri, String pathTemplate) {
        return new ZoomRequest(method, uri, pathTemplate, Map.of(), null, null);
    }

    public ZoomRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ZoomRequest(method, uri, pathTemplate, copy, contentType, body);
    }

    public ZoomRequest withBody(String contentType, byte[] body) {
        return new ZoomRequest(method, uri, pathTemplate, headers, Objects.requireNonNull(contentType, "contentType"),
                Objects.requireNonNull(body, "body").clone());
    }

    public String method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body == null ? null : body.clone();
    }

    /** For logs: method and path template only. */
    public String describe() {
        return method + " " + pathTemplate;
    }

    @Override
    public String toString() {
        return "ZoomRequest[" + describe() + "]";
    }
}
