package io.zoomoauth.adapters.http.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Every attempt of every declarative Zoom client ({@link ZoomClient}) passes here once (each retry counts): the
 * one request log, Zoom's tracking id in the MDC ({@code zoomTrackingId}), the metrics hook, and a non-2xx answer
 * or transport failure turned into a {@link ZoomCallFailure} that names the call.
 *
 * <p>Logs name the method, the path template, the status, the duration and Zoom's tracking id; never a URI query,
 * a header or a body (they hold tokens, codes, secrets and start_urls).
 */
@ZoomClient
@ClientFilter
public final class ZoomCallFilter {

    /** Zoom's tracking id header, on every answer; Zoom support asks for it. */
    public static final String TRACKING_ID = "x-zm-trackingid";
    private static final Logger LOG = LoggerFactory.getLogger(ZoomCallFilter.class);
    private static final String STARTED = "zoom.call.started";
    private static final String CALL = "zoom.call";

    private final List<ZoomCallObserver> observers;
    private final ZoomConnectionMeter connections;

    public ZoomCallFilter(List<ZoomCallObserver> observers, ZoomConnectionMeter connections) {
        this.observers = List.copyOf(observers);
        this.connections = connections;
    }

    @RequestFilter
    public void started(MutableHttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
        ZoomConnectionMeter.markIssued(request);
    }

    @ResponseFilter
    public void answered(HttpRequest<?> request, @Nullable HttpResponse<?> response, @Nullable Throwable failure) {
        HttpResponse<?> answer = failure instanceof HttpClientResponseException e ? e.getResponse() : response;
        Duration took = Duration.ofNanos(System.nanoTime() - request.getAttribute(STARTED, Long.class).orElse(System.nanoTime()));
        String template = template(request);
        String call = request.getMethodName() + " " + template;
        int status = answer == null ? 0 : answer.code();
        if (answer == null && connections.refusedForBusyPool(failure)) {
            // Never sent: not an attempt at Zoom. Counted (and turned into zoom_busy) by ZoomErrorTranslator.
            LOG.debug("Zoom {} not sent: no free connection after {} ms", call, took.toMillis());
            throw ZoomCallFailure.refusedForBusyPool(request.getMethodName(), call, failure);
        }
        observers.forEach(observer -> observer.attempted(request.getMethodName(), template, status, took));
        if (answer == null) {
            LOG.warn("Zoom {} failed after {} ms: {}", call, took.toMillis(), ZoomErrorTranslator.transportProblem(failure));
            throw new ZoomCallFailure(request.getMethodName(), call, null, failure);
        }
        String trackingId = answer.getHeaders().get(TRACKING_ID);
        // The tracking id is also a field of structured (JSON) log lines, so logs can be searched by it.
        try (MDC.MDCCloseable ignored = MDC.putCloseable("zoomTrackingId", String.valueOf(trackingId))) {
            if (status >= 200 && status < 300) {
                answer.setAttribute(CALL, call);
                LOG.debug("Zoom {} answered {} in {} ms (trackingId={})", call, status, took.toMillis(), trackingId);
                return;
            }
            LOG.warn("Zoom {} answered {} in {} ms (trackingId={})", call, status, took.toMillis(), trackingId);
        }
        throw new ZoomCallFailure(request.getMethodName(), call, answer, null);
    }

    /** What a 2xx answer was the answer to, e.g. {@code GET /users/me}, for failure messages. */
    static String call(HttpResponse<?> response) {
        return response.getAttribute(CALL, String.class).orElse("a Zoom call");
    }

    /** The declarative client's path template without Zoom's {@code /v2} prefix: {@code /meetings/{meetingId}}. */
    private static String template(HttpRequest<?> request) {
        String template = BasicHttpAttributes.getUriTemplate(request).orElse(request.getPath());
        int query = template.indexOf("{?");
        String path = query < 0 ? template : template.substring(0, query);
        return path.startsWith("/v2/") ? path.substring(3) : path;
    }
}
