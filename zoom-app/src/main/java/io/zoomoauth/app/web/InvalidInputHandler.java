package io.zoomoauth.app.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Validation failures of the domain's value types (their messages name the field and never echo the
 * value) become 400s, never 500s.
 */
@Produces
@Singleton
@Requires(classes = ExceptionHandler.class)
public class InvalidInputHandler implements ExceptionHandler<IllegalArgumentException, HttpResponse<?>> {

    private final ErrorResponses errors;

    public InvalidInputHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, IllegalArgumentException exception) {
        MutableHttpResponse<ApiError> answer = errors.badRequest(exception.getMessage());
        return ServiceErrorResponseProcessor.render(request, answer, answer.body());
    }
}
