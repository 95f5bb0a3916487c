package io.zoomoauth.app.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.zoomoauth.domain.error.DomainFailure;
import jakarta.inject.Singleton;

/** Domain failures from any controller become the service's errors: JSON, or our page on a page route. */
@Produces
@Singleton
@Requires(classes = {DomainFailure.class, ExceptionHandler.class})
public class DomainFailureHandler implements ExceptionHandler<DomainFailure, HttpResponse<?>> {

    private final ErrorResponses errors;

    public DomainFailureHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainFailure exception) {
        MutableHttpResponse<ApiError> answer = errors.of(exception);
        return ServiceErrorResponseProcessor.render(request, answer, answer.body());
    }
}
