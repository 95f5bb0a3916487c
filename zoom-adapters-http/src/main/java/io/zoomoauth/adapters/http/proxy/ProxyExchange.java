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
import io.zoomoauth.domain.common.Stages;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.proxy.ProxyMethod;
import io.zoomoauth.domain.proxy.ProxyRequest;
import io.zoomoauth.domain.token.AccessToken;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One attempt of a proxied call on Micronaut's {@link RawHttpClient} (bytes out, a byte stream back), without a thread
 * waiting for it, repeated by the typed calls' own GET rule ({@link RetriedGet}, which retries a failed stage after
 * its delay): a 5xx or a failed connection is a {@link ZoomCallFailure}, which only a GET is retried for. A GET's 5xx
 * body is read (and the connection freed) before a retry; it is passed on if the last attempt fails too. A separate
 * bean so that the retry advice applies (no self-invocation).
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

    /**
     * A GET: Zoom's answer (its body still streaming), or a stage failed with a {@link ZoomCallFailure} for a 5xx or no
     * answer at all, after the retries. Nothing here waits: the retry advice schedules the next attempt instead of
     * sleeping.
     */
    @RetriedGet
    CompletableFuture<HttpResponse<?>> sendGet(AccessToken token, ProxyRequest request) {
        return sendOnce(token, request);
    }

    /**
     * One attempt, for every other method (never repeated: Zoom may have applied it). Not through the retry advice at
     * all: it resolves its settings on every call, which was a tenth of a proxied call's CPU.
     */
    CompletableFuture<HttpResponse<?>> sendOnce(AccessToken token, ProxyRequest request) {
        long started = System.nanoTime();
        // Completed by hand so that a failure reaches the retry advice as itself, not inside a CompletionException.
        CompletableFuture<HttpResponse<?>> result = new CompletableFuture<>();
        FirstItem.of(client.exchange(outgoing(token, request), body(request), null)).whenComplete((response, failure) -> {
            if (failure != null) {
                result.completeExceptionally(noAnswer(request, failure, started));
            } else {
                checked(request, response, started, result);
            }
        });
        return result;
    }

    private void checked(ProxyRequest request, HttpResponse<?> response, long started,
                         CompletableFuture<HttpResponse<?>> result) {
        String trackingId = response.getHeaders().get(ZoomCallFilter.TRACKING_ID);
        try (MDC.MDCCloseable ignored = MDC.putCloseable("zoomTrackingId", String.valueOf(trackingId))) {
            if (response.code() >= 400) {
                LOG.warn("Zoom proxy {} answered {} in {} ms (trackingId={})", request.describe(), response.code(),
                        millisSince(started), trackingId);
            } else if (LOG.isDebugEnabled()) {
                LOG.debug("Zoom proxy {} answered {} in {} ms (trackingId={})", request.describe(), response.code(),
                        millisSince(started), trackingId);
            }
        }
        if (response.code() >= 500 && request.method() == ProxyMethod.GET) {
            buffered(response).whenComplete((copy, failure) -> result.completeExceptionally(failure != null ? failure
                    : new ZoomCallFailure(request.method().name(), "proxy " + request.describe(), copy, null)));
        } else {
            result.complete(response);
        }
    }

    private RuntimeException noAnswer(ProxyRequest request, Throwable failure, long started) {
        Throwable cause = Stages.unwrapped(failure);
        if (connections.refusedForBusyPool(cause)) { // never sent: not a Zoom failure, never retried
            return ZoomCallFailure.refusedForBusyPool(request.method().name(), "proxy " + request.describe(), cause);
        }
        if (cause instanceof HttpClientException clientFailure) {
            LOG.warn("Zoom proxy {} failed after {} ms: {}", request.describe(), millisSince(started),
                    ZoomErrorTranslator.transportProblem(clientFailure));
            return new ZoomCallFailure(request.method().name(), "proxy " + request.describe(), null, clientFailure);
        }
        return new ZoomUnavailable("proxy call failed (" + cause.getClass().getSimpleName() + ") on "
                + request.describe(), null, null, cause);
    }

    private MutableHttpRequest<?> outgoing(AccessToken token, ProxyRequest request) {
        String uri = api.v2() + encodedPath(request) + (request.query().isEmpty() ? "" : "?" + request.query());
        MutableHttpRequest<?> outgoing = HttpRequest.create(HttpMethod.parse(request.method().name()), uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.value())
                .header(HttpHeaders.ACCEPT, request.accept().orElse("application/json"));
        request.contentType().ifPresent(type -> outgoing.header(HttpHeaders.CONTENT_TYPE, type));
        ZoomConnectionMeter.markIssued(outgoing);
        return outgoing;
    }

    private static CloseableByteBody body(ProxyRequest request) {
        return AvailableByteArrayBody.create(NettyByteBufferFactory.DEFAULT, request.body());
    }

    /**
     * The answer with its body read whole, without waiting on a thread (up to {@link #RETRIED_BODY_LIMIT}; more is
     * dropped), and the raw one released: the connection goes back to the pool.
     */
    static CompletableFuture<HttpResponse<byte[]>> buffered(HttpResponse<?> response) {
        if (!(response instanceof ByteBodyHttpResponse<?> raw)) {
            return CompletableFuture.completedFuture(copy(response, response.getBody(byte[].class).orElse(new byte[0])));
        }
        return raw.byteBody().buffer().handle((body, failure) -> {
            raw.close();
            if (failure != null) {
                throw new UncheckedIOException("could not read Zoom's answer", new IOException(failure));
            }
            try (body) {
                byte[] bytes = body.toByteArray();
                return copy(response, bytes.length > RETRIED_BODY_LIMIT ? Arrays.copyOf(bytes, RETRIED_BODY_LIMIT) : bytes);
            }
        });
    }

    private static HttpResponse<byte[]> copy(HttpResponse<?> response, byte[] bytes) {
        MutableHttpResponse<byte[]> copy = HttpResponse.<byte[]>status(response.code(), response.reason()).body(bytes);
        for (Map.Entry<String, List<String>> header : response.getHeaders().asMap().entrySet()) {
            header.getValue().forEach(value -> copy.getHeaders().add(header.getKey(), value));
        }
        return copy;
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
