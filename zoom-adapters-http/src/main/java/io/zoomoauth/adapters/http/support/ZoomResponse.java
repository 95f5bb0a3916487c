package io.zoomoauth.adapters.http.support;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Zoom's answer: status, headers (names case-insensitive) and the raw body. Never printed with its body. */
public final class ZoomResponse {

    public static final String TRACKING_ID = "x-zm-trackingid";

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;

    public ZoomResponse(int status, Map<String, String> headers, byte[] body) {
        this.status = status;
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body == null ? new byte[0] : body.clone();
    }

    public int status() {
        return status;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** Zoom's {@code x-zm-trackingid}, or null when Zoom sent none (then no failure can carry one). */
    public String trackingId() {
        return headers.get(TRACKING_ID);
    }

    public byte[] body() {
        return body.clone();
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ZoomResponse[status=" + status + ", trackingId=" + trackingId() + "]";
    }
}
