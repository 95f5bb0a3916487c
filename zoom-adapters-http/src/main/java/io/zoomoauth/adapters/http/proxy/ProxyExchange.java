package io.zoomoauth.adapters.http.proxy;

import io.micronaut.buffer.netty.NettyByteBufferFactory;
import io.micronaut.context.BeanContext;
import io.micronaut.http.ByteBodyHttpResponse;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.stream.AvailableByteArrayBody;
import io.micronaut.http.client.HttpClientRegistry;
import io.micronaut.http.client.LoadBalancer;
import io.micronaut.http.client.RawHttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.zoomoauth.adapters.http.support.RetriedGet;
import io.zoomoauth.adapters.http.support.ZoomApiProperties;
import io.zoomoauth.adapters.http.support.ZoomCallFailure;
import io.zoomoauth.adapters.http.support.ZoomCallFilter;
import io.zoomoauth.adapters.http.support.ZoomClientConfiguration;
import io.zoomoauth.adapters.http.support.ZoomConnectionMeter;
import io.zoomoauth.adapters.http.support.ZoomErrorTranslator;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.proxy.ProxyRequest;
import io.zoomoauth.domain.token.AccessToken;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One attempt of a proxied call on Micronaut's {@link RawHttpClient} (bytes out, a byte stream back), repeated by the
 * typed calls' own GET rule ({@link RetriedGet}): a 5xx or a failed connection is a {@link ZoomCallFailure}, which
 * only a GET is retried for. A GET's 5xx body is read (and the connection freed) before a retry; it is passed on if
 * the last attempt fails too. A separate bean so that the retry advice applies (no self-invocation).
 */
@Singleton
class ProxyExchange {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyExchange.class);
    /** A GET's 5xx answer is buffered to allow a retry; Zoom's (and its proxies') error pages are small. */
    private static final int RETRIED_BODY_LIMIT = 1 << 20;

    private final RawHttpClient client;
    private final ZoomApiProperties api;
    private final ZoomConnectionMeter connections;

    ProxyExchange(HttpClientRegistry<?> registry, BeanContext beanContext, ZoomClientConfiguration zoom,
                  ZoomApiProperties api, ZoomConnectionMeter connections) {
        this.api = api;
        this.connections = connections;
        // The typed clients' transport settings (timeouts, no redirects, bounded pool), in a client and pool of its own.
        this.client = (RawHttpClient) registry.resolveClient(null, LoadBalancer.empty(), zoom, beanContext);
    }

    /** Zoom's answer (its body still streaming), or a {@link ZoomCallFailure} for a 5xx GET or no answer at all. */
    @RetriedGet
    HttpResponse<?> send(AccessToken token, ProxyRequest request) {
        String method = request.method().name();
        long started = System.nanoTime();
        HttpResponse<?> response;
        try {
            response = exchange(token, request);
        } catch (HttpClientException e) {
            if (connections.refusedForBusyPool(e)) {
                throw ZoomCallFailure.refusedForBusyPool(method, "proxy " + request.describe(), e);
            }
            LOG.warn("Zoom proxy {} failed after {} ms: {}", request.describe(), millisSince(started),
                    ZoomErrorTranslator.transportProblem(e));
            throw new ZoomCallFailure(method, "proxy " + request.describe(), null, e);
        }
        String trackingId = response.getHeaders().get(ZoomCallFilter.TRACKING_ID);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("zoomTrackingId", String.valueOf(trackingId))) {
            if (response.code() >= 400) {
                LOG.warn("Zoom proxy {} answered {} in {} ms (trackingId={})", request.describe(), response.code(),
                        millisSince(started), trackingId);
            } else {
                LOG.debug("Zoom proxy {} answered {} in {} ms (trackingId={})", request.describe(), response.code(),
                        millisSince(started), trackingId);
            }
        }
        if (response.code() >= 500 && request.method().name().equals("GET")) {
            throw new ZoomCallFailure(method, "proxy " + request.describe(), buffered(response), null);
        }
        return response;
    }

    private HttpResponse<?> exchange(AccessToken token, ProxyRequest request) {
        String uri = api.v2() + encodedPath(request) + (request.query().isEmpty() ? "" : "?" + request.query());
        MutableHttpRequest<?> outgoing = HttpRequest.create(HttpMethod.parse(request.method().name()), uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.value())
                .header(HttpHeaders.ACCEPT, request.accept().orElse("application/json"));
        request.contentType().ifPresent(type -> outgoing.header(HttpHeaders.CONTENT_TYPE, type));
        ZoomConnectionMeter.markIssued(outgoing);
        CloseableByteBody body = AvailableByteArrayBody.create(NettyByteBufferFactory.DEFAULT, request.body());
        try {
            return FirstItem.of(client.exchange(outgoing, body, Thread.currentThread())).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpClientException clientFailure) {
                throw clientFailure;
            }
            if (connections.refusedForBusyPool(e.getCause())) {
                throw ZoomCallFailure.refusedForBusyPool(request.method().name(), "proxy " + request.describe(),
                        e.getCause());
            }
            throw new ZoomUnavailable("proxy call failed (" + e.getCause().getClass().getSimpleName() + ") on "
                    + request.describe(), null, null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZoomUnavailable("interrupted on " + request.describe(), null, null, e);
        }
    }

    /** The answer with its body read whole and the raw one closed: the connection goes back to the pool. */
    private static HttpResponse<byte[]> buffered(HttpResponse<?> response) {
        if (!(response instanceof ByteBodyHttpResponse<?> raw)) {
            throw new IllegalStateException("the raw HTTP client answered without a byte body");
        }
        try (raw; InputStream in = raw.byteBody().toInputStream()) {
            byte[] bytes = in.readNBytes(RETRIED_BODY_LIMIT);
            MutableHttpResponse<byte[]> copy = HttpResponse.<byte[]>status(response.code(), response.reason()).body(bytes);
            for (Map.Entry<String, List<String>> header : response.getHeaders().asMap().entrySet()) {
                header.getValue().forEach(value -> copy.getHeaders().add(header.getKey(), value));
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read Zoom's answer", e);
        }
    }

    /** Each decoded segment encoded again as exactly one segment (the domain already refused '.', '..' and ''). */
    private static String encodedPath(ProxyRequest request) {
        StringBuilder path = new StringBuilder();
        for (String segment : request.path().segments()) {
            path.append('/');
            for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                // RFC 3986 unreserved characters and '@' (emails are valid path segments for Zoom) stay as they are.
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                        || c == '-' || c == '.' || c == '_' || c == '~' || c == '@') {
                    path.append((char) c);
                } else {
                    path.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
                }
            }
        }
        return path.toString();
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
