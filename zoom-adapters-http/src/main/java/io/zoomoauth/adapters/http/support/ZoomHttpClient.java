package io.zoomoauth.adapters.http.support;

import io.micronaut.context.BeanContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.HttpClientRegistry;
import io.micronaut.http.client.LoadBalancer;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.zoomoauth.domain.error.ZoomUnavailable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sends one {@link ZoomRequest} with the Micronaut HTTP client (blocking: the domain is synchronous and callers
 * run on the blocking executor) and returns Zoom's answer, whatever its status. Owns the timeouts, the retry of
 * GETs and the request log. Transport failures become {@link ZoomUnavailable}.
 *
 * <p>Logs name the method, the path template, the status, the duration and Zoom's tracking id; never a URI
 * query, a header or a body (they hold tokens, codes, secrets and start_urls).
 */
@Singleton
public final class ZoomHttpClient {

    private static final Logger LOG = LoggerFactory.getLogger(ZoomHttpClient.class);
    private static final Argument<byte[]> BYTES = Argument.of(byte[].class);

    private final BlockingHttpClient client;
    private final RetryPolicy retryPolicy;
    private final ZoomErrorTranslator errors;
    private final List<ZoomCallObserver> observers;

    public ZoomHttpClient(HttpClientRegistry<?> registry, BeanContext beanContext, ZoomHttpProperties properties,
                          RetryPolicy retryPolicy, ZoomErrorTranslator errors, List<ZoomCallObserver> observers) {
        this.retryPolicy = retryPolicy;
        this.errors = errors;
        this.observers = List.copyOf(observers);
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setConnectTimeout(properties.connectTimeout());
        configuration.setReadTimeout(properties.readTimeout());
        configuration.setFollowRedirects(false);
        // A bounded pool: a burst of callers queues for a connection instead of opening one each.
        configuration.getConnectionPoolConfiguration().setMaxConcurrentHttp1Connections(properties.maxConnections());
        configuration.getConnectionPoolConfiguration().setAcquireTimeout(properties.readTimeout());
        // Requests carry absolute URIs, so no load balancer is needed; the registry closes the client with the context.
        HttpClient httpClient = registry.resolveClient(null, LoadBalancer.empty(), configuration, beanContext);
        this.client = httpClient.toBlocking();
    }

    /** Sends the request; repeats a GET as {@link RetryPolicy} allows. Throws ZoomUnavailable without an answer. */
    public ZoomResponse send(ZoomRequest request) {
        for (int retries = 0; ; retries++) {
            long started = System.nanoTime();
            ZoomResponse response;
            try {
                response = exchange(request);
            } catch (HttpClientException e) {
                observe(request, 0, started);
                String failure = "failed after " + elapsedMillis(started) + " ms: " + ZoomErrorTranslator.transportProblem(e);
                // A read timeout is not retried: it would multiply the caller's worst-case wait.
                if (e instanceof ReadTimeoutException || !retryPolicy.mayRetry(request.method(), retries)) {
                    LOG.warn("Zoom {} {}", request.describe(), failure);
                    throw errors.transportFailure(request, e);
                }
                backOff(request, retries + 1, failure);
                continue;
            }
            observe(request, response.status(), started);
            String answered = "answered " + response.status() + " in " + elapsedMillis(started) + " ms (trackingId="
                    + response.trackingId() + ")";
            // The tracking id is also a field of structured (JSON) log lines, so logs can be searched by it.
            try (MDC.MDCCloseable ignored = MDC.putCloseable("zoomTrackingId", String.valueOf(response.trackingId()))) {
                if (response.status() >= 500 && retryPolicy.mayRetry(request.method(), retries)) {
                    backOff(request, retries + 1, answered);
                    continue;
                }
                if (response.isSuccess()) {
                    LOG.debug("Zoom {} {}", request.describe(), answered);
                } else {
                    LOG.warn("Zoom {} {}", request.describe(), answered);
                }
            }
            return response;
        }
    }

    private void backOff(ZoomRequest request, int retry, String what) {
        Duration delay = retryPolicy.delayBefore(retry);
        LOG.warn("Zoom {} {}; retry {} of {} in {} ms", request.describe(), what, retry, retryPolicy.maxRetries(),
                delay.toMillis());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZoomUnavailable("interrupted while waiting to retry " + request.describe(), null, null, e);
        }
    }

    private ZoomResponse exchange(ZoomRequest request) {
        MutableHttpRequest<Object> httpRequest = HttpRequest.create(HttpMethod.parse(request.method()),
                request.uri().toString());
        request.headers().forEach(httpRequest::header);
        byte[] body = request.body();
        if (body != null) {
            httpRequest.contentType(request.contentType());
            // Micronaut encodes any non-text body of a form request as a bean: a form is handed over as text.
            boolean form = request.contentType().startsWith("application/x-www-form-urlencoded");
            httpRequest.body(form ? new String(body, StandardCharsets.UTF_8) : body);
        }
        HttpResponse<?> response;
        try {
            response = client.exchange(httpRequest, BYTES, BYTES);
        } catch (HttpClientResponseException e) {
            // The blocking client throws for every status >= 400; its response is an answer like any other.
            response = e.getResponse();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : response.getHeaders().asMap().entrySet()) {
            if (!header.getValue().isEmpty()) {
                headers.put(header.getKey(), header.getValue().get(0));
            }
        }
        return new ZoomResponse(response.code(), headers, response.getBody(byte[].class).orElse(null));
    }

    private void observe(ZoomRequest request, int status, long startedNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        for (ZoomCallObserver observer : observers) {
            observer.attempted(request.method(), request.pathTemplate(), status, took);
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
