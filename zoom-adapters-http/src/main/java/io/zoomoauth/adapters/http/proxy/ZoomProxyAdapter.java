package io.zoomoauth.adapters.http.proxy;

import io.micronaut.buffer.netty.NettyByteBufferFactory;
import io.micronaut.context.BeanContext;
import io.micronaut.http.ByteBodyHttpResponse;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.stream.AvailableByteArrayBody;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClientRegistry;
import io.micronaut.http.client.LoadBalancer;
import io.micronaut.http.client.RawHttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.zoomoauth.adapters.http.support.ApiPath;
import io.zoomoauth.adapters.http.support.RetryPolicy;
import io.zoomoauth.adapters.http.support.ZoomApiProperties;
import io.zoomoauth.adapters.http.support.ZoomErrorTranslator;
import io.zoomoauth.adapters.http.support.ZoomHttpProperties;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.proxy.ProxyHeader;
import io.zoomoauth.domain.proxy.ProxyRequest;
import io.zoomoauth.domain.proxy.ProxyResponse;
import io.zoomoauth.domain.proxy.ZoomProxyPort;
import io.zoomoauth.domain.token.AccessToken;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@link ZoomProxyPort} on Micronaut's {@link RawHttpClient}: the request body goes out as the caller's bytes and
 * Zoom's answer comes back as a byte stream that is handed on while it arrives (no JSON round trip, so int64 ids
 * and unknown fields stay intact). Only the headers in {@link #PASSED_ON} come back; the caller's own headers never
 * reach Zoom (the token goes only into {@code Authorization: Bearer}). GETs are repeated as {@link RetryPolicy}
 * allows; 401 code 124 and 429 become the domain's failures through {@link ZoomErrorTranslator}.
 */
@Singleton
final class ZoomProxyAdapter implements ZoomProxyPort {

    private static final Logger LOG = LoggerFactory.getLogger(ZoomProxyAdapter.class);
    /** Zoom's answer headers that reach the caller; hop-by-hop and connection headers never do. */
    static final Set<String> PASSED_ON = Set.of("content-type", "x-zm-trackingid", "retry-after", "x-ratelimit-type",
            "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-category", "location");
    /** An error answer that may be a 124 or a 429 is read whole to classify it; Zoom's error bodies are small. */
    private static final int ERROR_BODY_LIMIT = 64 * 1024;

    private final RawHttpClient client;
    private final ZoomApiProperties api;
    private final RetryPolicy retryPolicy;
    private final ZoomErrorTranslator errors;

    ZoomProxyAdapter(HttpClientRegistry<?> registry, BeanContext beanContext, ZoomHttpProperties http,
                     ZoomApiProperties api, RetryPolicy retryPolicy, ZoomErrorTranslator errors) {
        this.api = api;
        this.retryPolicy = retryPolicy;
        this.errors = errors;
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setConnectTimeout(http.connectTimeout());
        configuration.setReadTimeout(http.readTimeout());
        configuration.setFollowRedirects(false);
        // Its own bounded pool of the same size as the typed calls': a burst of proxied calls queues here.
        configuration.getConnectionPoolConfiguration().setMaxConcurrentHttp1Connections(http.maxConnections());
        configuration.getConnectionPoolConfiguration().setAcquireTimeout(http.readTimeout());
        this.client = (RawHttpClient) registry.resolveClient(null, LoadBalancer.empty(), configuration, beanContext);
    }

    @Override
    public ProxyResponse send(AccessToken token, ProxyRequest request) {
        for (int retries = 0; ; retries++) {
            long started = System.nanoTime();
            HttpResponse<?> response;
            try {
                response = exchange(token, request);
            } catch (HttpClientException e) {
                String failure = "failed after " + millisSince(started) + " ms: " + ZoomErrorTranslator.transportProblem(e);
                // A read timeout is not retried: it would multiply the caller's worst-case wait.
                if (e instanceof ReadTimeoutException || !retryPolicy.mayRetry(request.method().name(), retries)) {
                    LOG.warn("Zoom proxy {} {}", request.describe(), failure);
                    throw new ZoomUnavailable(ZoomErrorTranslator.transportProblem(e) + " on " + request.describe(),
                            null, null, e);
                }
                retryPolicy.waitBefore(retries + 1, "proxy " + request.describe(), failure);
                continue;
            }
            List<ProxyHeader> headers = passedOn(response);
            String trackingId = response.getHeaders().get("x-zm-trackingid");
            String answered = "answered " + response.code() + " in " + millisSince(started) + " ms (trackingId="
                    + trackingId + ")";
            try (MDC.MDCCloseable ignored = MDC.putCloseable("zoomTrackingId", String.valueOf(trackingId))) {
                if (response.code() >= 500 && retryPolicy.mayRetry(request.method().name(), retries)) {
                    close(response);
                    retryPolicy.waitBefore(retries + 1, "proxy " + request.describe(), answered);
                    continue;
                }
                if (response.code() >= 400) {
                    LOG.warn("Zoom proxy {} {}", request.describe(), answered);
                } else {
                    LOG.debug("Zoom proxy {} {}", request.describe(), answered);
                }
            }
            return answer(response, headers);
        }
    }

    private ProxyResponse answer(HttpResponse<?> response, List<ProxyHeader> headers) {
        ProxyResponse streamed = new ProxyResponse(response.code(), headers, body(response).toInputStream());
        if (response.code() != 401 && response.code() != 429) {
            return streamed;
        }
        byte[] body = streamed.readBody(ERROR_BODY_LIMIT);
        Map<String, String> byName = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach(header -> byName.put(header.name(), header.value()));
        Optional<DomainFailure> failure = errors.proxiedFailure(response.code(), byName, body);
        if (failure.isPresent()) {
            throw failure.get();
        }
        return new ProxyResponse(response.code(), headers, new ByteArrayInputStream(body));
    }

    private HttpResponse<?> exchange(AccessToken token, ProxyRequest request) {
        String uri = api.v2() + encodedPath(request) + (request.query().isEmpty() ? "" : "?" + request.query());
        MutableHttpRequest<?> outgoing = HttpRequest.create(HttpMethod.parse(request.method().name()), uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.value())
                .header(HttpHeaders.ACCEPT, request.accept().orElse("application/json"));
        request.contentType().ifPresent(type -> outgoing.header(HttpHeaders.CONTENT_TYPE, type));
        byte[] bytes = request.body();
        CloseableByteBody body = AvailableByteArrayBody.create(NettyByteBufferFactory.DEFAULT, bytes);
        try {
            return FirstItem.of(client.exchange(outgoing, body, Thread.currentThread())).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpClientException clientFailure) {
                throw clientFailure;
            }
            throw new ZoomUnavailable("proxy call failed (" + e.getCause().getClass().getSimpleName() + ") on "
                    + request.describe(), null, null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZoomUnavailable("interrupted on " + request.describe(), null, null, e);
        }
    }

    /** Each decoded segment encoded again as exactly one segment, by the same rule as the typed calls. */
    private static String encodedPath(ProxyRequest request) {
        StringBuilder path = new StringBuilder();
        for (String segment : request.path().segments()) {
            path.append('/').append(ApiPath.encodeSegment(segment));
        }
        return path.toString();
    }

    private static List<ProxyHeader> passedOn(HttpResponse<?> response) {
        List<ProxyHeader> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : response.getHeaders().asMap().entrySet()) {
            if (PASSED_ON.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> headers.add(new ProxyHeader(header.getKey(), value)));
            }
        }
        return headers;
    }

    private static io.micronaut.http.body.ByteBody body(HttpResponse<?> response) {
        if (response instanceof ByteBodyHttpResponse<?> raw) {
            return raw.byteBody();
        }
        throw new IllegalStateException("the raw HTTP client answered without a byte body");
    }

    private static void close(HttpResponse<?> response) {
        if (response instanceof ByteBodyHttpResponse<?> raw) {
            raw.close();
        }
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
