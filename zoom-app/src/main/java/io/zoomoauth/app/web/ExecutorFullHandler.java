package io.zoomoauth.app.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.concurrent.RejectedExecutionException;

/**
 * Work handed to the bounded blocking executor outside {@link Admission} (the proxy's 124 retry, a webhook's
 * deauthorization) found it full: 503 {@code service_busy} with Retry-After, the same answer as a refused admission.
 */
@Produces
@Singleton
public class ExecutorFullHandler implements ExceptionHandler<RejectedExecutionException, HttpResponse<ApiError>> {

    private final Admission admission;

    public ExecutorFullHandler(Admission admission) {
        this.admission = admission;
    }

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, RejectedExecutionException exception) {
        return admission.busy();
    }
}
