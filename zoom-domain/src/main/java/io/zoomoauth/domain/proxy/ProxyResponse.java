package io.zoomoauth.domain.proxy;

import io.zoomoauth.domain.common.Check;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Zoom's answer to a proxied request: status, the headers that pass through, and the body, consumed once while it
 * arrives (the caller must close it): read as a stream or taken as the transport's own body ({@link ProxyBody}).
 * Never printed with its body.
 */
public final class ProxyResponse implements AutoCloseable {

    private final int status;
    private final List<ProxyHeader> headers;
    private final ProxyBody body;

    public ProxyResponse(int status, List<ProxyHeader> headers, InputStream body) {
        this(status, headers, ProxyBody.of(body));
    }

    public ProxyResponse(int status, List<ProxyHeader> headers, ProxyBody body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status");
        }
        this.status = status;
        this.headers = List.copyOf(Check.notNull(headers, "headers"));
        this.body = Check.notNull(body, "body");
    }

    public int status() {
        return status;
    }

    public List<ProxyHeader> headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(ProxyHeader::value).findFirst();
    }

    /** The body as a stream (consumes it). */
    public InputStream body() {
        return body.stream();
    }

    /** The body as the transport's own type, if it is one (consumes it; the caller closes what it took). */
    public <T> Optional<T> takeBody(Class<T> type) {
        return body.take(type);
    }

    /** Reads the whole body, refusing more than {@code limit} bytes. */
    public byte[] readBody(int limit) {
        try (InputStream in = body.stream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new IllegalStateException("Zoom's answer is larger than " + limit + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read Zoom's answer", e);
        }
    }

    @Override
    public void close() {
        body.close();
    }

    @Override
    public String toString() {
        return "ProxyResponse[status=" + status + "]";
    }
}
