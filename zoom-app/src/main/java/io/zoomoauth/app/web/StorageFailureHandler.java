package io.zoomoauth.app.web;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database is unreachable or refused a write: 503, details in the log only (they may name tables). */
@Produces
@Singleton
public class StorageFailureHandler implements ExceptionHandler<DataAccessException, HttpResponse<ApiError>> {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFailureHandler.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, DataAccessException exception) {
        LOG.error("Storage failure on {} {}", request.getMethod(), request.getPath(), exception);
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(ApiError.of("storage_unavailable", "The service's database is unavailable; try again shortly"));
    }
}
