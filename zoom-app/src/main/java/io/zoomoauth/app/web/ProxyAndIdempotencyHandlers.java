package io.zoomoauth.app.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.zoomoauth.domain.idempotency.IdempotencyConflict;
import io.zoomoauth.domain.proxy.ProxyPathRefused;
import jakarta.inject.Singleton;

/** The proxy's and Idempotency-Key's own refusals as the service's JSON errors. */
final class ProxyAndIdempotencyHandlers {

    private ProxyAndIdempotencyHandlers() {
    }

    /** 400 {@code invalid_path} (nothing was sent to Zoom) or 403 {@code user_not_allowed}. */
    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class PathRefused implements ExceptionHandler<ProxyPathRefused, HttpResponse<ApiError>> {

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ProxyPathRefused refused) {
            return refused.reason() == ProxyPathRefused.Reason.OTHER_USER
                    ? HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(ApiError.of("user_not_allowed", refused.getMessage()))
                    : HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(ApiError.of("invalid_path", refused.getMessage()));
        }
    }

    /** 422 for a key reused with another request; 409 while the first is running or when it never finished. */
    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class Conflict implements ExceptionHandler<IdempotencyConflict, HttpResponse<ApiError>> {

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, IdempotencyConflict conflict) {
            return switch (conflict.kind()) {
                case DIFFERENT_REQUEST -> HttpResponse.<ApiError>status(HttpStatus.UNPROCESSABLE_ENTITY)
                        .body(ApiError.of("idempotency_key_reused", conflict.getMessage()));
                case IN_PROGRESS -> HttpResponse.<ApiError>status(HttpStatus.CONFLICT).header("Retry-After", "1")
                        .body(ApiError.of("idempotency_key_in_progress", conflict.getMessage()));
                case ABANDONED -> HttpResponse.<ApiError>status(HttpStatus.CONFLICT)
                        .body(ApiError.of("idempotency_outcome_unknown", conflict.getMessage()));
            };
        }
    }
}
