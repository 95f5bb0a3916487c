package io.zoomoauth.app.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.concurrent.Semaphore;

/**
 * Admission to the routes that run on the bounded blocking executor: at most {@code zoom.executor.max-threads} running
 * plus {@code zoom.executor.queue} waiting requests; any further one is answered 503 {@code service_busy} at once,
 * on the event loop. (An executor that refused the task itself would make Micronaut answer a bare 500.)
 */
@ServerFilter({"/api/**", "/oauth/**", "/connect/**", "/webhooks/**"})
public class AdmissionFilter implements Ordered {

    private static final String ADMITTED = AdmissionFilter.class.getName() + ".admitted";

    private final Semaphore permits;
    private final ErrorResponses errors;

    public AdmissionFilter(@Value("${zoom.executor.max-threads:64}") int maxThreads,
                           @Value("${zoom.executor.queue:256}") int queue, ErrorResponses errors) {
        this.permits = new Semaphore(maxThreads + queue);
        this.errors = errors;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<ApiError> admit(HttpRequest<?> request) {
        if (!permits.tryAcquire()) {
            return errors.busy("The service is at its limit of concurrent requests; try again shortly", 1);
        }
        request.setAttribute(ADMITTED, Boolean.TRUE);
        return null;
    }

    @ResponseFilter
    public void release(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.removeAttribute(ADMITTED, Boolean.class).isPresent()) {
            permits.release();
        }
    }

    /** After the API key check (cheap, and needs no worker), before everything that does work. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 20;
    }
}
