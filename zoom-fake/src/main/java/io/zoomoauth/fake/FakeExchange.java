package io.zoomoauth.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request to the fake, read in full, and the means to answer it (always with an x-zm-trackingid). */
final class FakeExchange {

    private final HttpExchange exchange;
    final String method;
    final String rawPath;
    final String rawQuery;
    final byte[] body;
    final String trackingId;
    private int status;
    private Runnable beforeAnswer = () -> { };
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    FakeExchange(HttpExchange exchange, String trackingId) throws IOException {
        this.exchange = exchange;
        this.method = exchange.getRequestMethod();
        this.rawPath = exchange.getRequestURI().getRawPath();
        this.rawQuery = exchange.getRequestURI().getRawQuery();
        this.body = exchange.getRequestBody().readAllBytes();
        this.trackingId = trackingId;
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    Map<String, String> query() {
        return decode(rawQuery);
    }

    boolean hasFormBody() {
        String contentType = header("Content-Type");
        return contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    Map<String, String> form() {
        return hasFormBody() ? decode(new String(body, StandardCharsets.US_ASCII)) : Map.of();
    }

    /** A header every answer to this request carries (e.g. Zoom's rate-limit headers). */
    void alwaysHeader(String name, String value) {
        extraHeaders.put(name, value);
    }

    int status() {
        return status;
    }

    /**
     * Runs once the status is known and before a byte of the answer is sent (so counters are exact when a client
     * returns); hooks run in the order they were added.
     */
    void beforeAnswer(Runnable hook) {
        Runnable earlier = beforeAnswer;
        beforeAnswer = () -> {
            earlier.run();
            hook.run();
        };
    }

    void json(int code, Object value) {
        send(code, "application/json;charset=UTF-8", FakeJson.write(value), Map.of());
    }

    void json(int code, Object value, Map<String, String> headers) {
        send(code, "application/json;charset=UTF-8", FakeJson.write(value), headers);
    }

    void html(int code, String page) {
        send(code, "text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    void redirect(String location) {
        send(302, null, new byte[0], Map.of("Location", location));
    }

    void noContent() {
        send(204, null, null, Map.of());
    }

    /** Closes the connection without an answer (status stays 0). */
    void drop() {
        beforeAnswer.run();
        exchange.close();
    }

    /** Counts the request as answered with nothing, then says nothing for {@code duration} and closes. */
    void hang(java.time.Duration duration) {
        beforeAnswer.run();
        beforeAnswer = () -> { };
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    private void send(int code, String contentType, byte[] bytes, Map<String, String> headers) {
        status = code;
        beforeAnswer.run();
        try {
            exchange.getResponseHeaders().set("x-zm-trackingid", trackingId);
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            extraHeaders.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (bytes == null || bytes.length == 0) {
                exchange.sendResponseHeaders(code, -1);
            } else {
                exchange.sendResponseHeaders(code, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            exchange.close();
        }
    }

    /** Parameters of a query string or form body; the first of repeated names wins. */
    static Map<String, String> decode(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }
}
