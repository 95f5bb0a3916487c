package io.zoomoauth.app.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.zoomoauth.app.config.ServiceSettings;
import io.zoomoauth.domain.error.AccessTokenRejected;
import io.zoomoauth.domain.error.AuthorizationCodeRejected;
import io.zoomoauth.domain.error.AuthorizationStateRejected;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.error.GrantUnreadable;
import io.zoomoauth.domain.error.InvalidClient;
import io.zoomoauth.domain.error.InvalidGrant;
import io.zoomoauth.domain.error.NotConnected;
import io.zoomoauth.domain.error.RateLimited;
import io.zoomoauth.domain.error.ReauthorizationRequired;
import io.zoomoauth.domain.error.ServiceBusy;
import io.zoomoauth.domain.error.ZoomApiError;
import io.zoomoauth.domain.error.ZoomBusy;
import io.zoomoauth.domain.error.ZoomUnavailable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one translation of domain failures into HTTP answers. Messages come from the domain's failures,
 * which never carry a token or a secret; unexpected exceptions become a generic 500 whose details go to
 * the log only.
 */
@Singleton
public class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final ServiceSettings settings;
    private final Clock clock;

    public ErrorResponses(ServiceSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public MutableHttpResponse<ApiError> of(DomainFailure failure) {
        String tracking = failure.trackingId().orElse(null);
        if (failure instanceof NotConnected) {
            return HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND).body(new ApiError("not_connected",
                    failure.getMessage() + "; connect it at " + settings.authorizeUrl(), null, null,
                    settings.authorizeUrl().toString()));
        }
        if (failure instanceof ReauthorizationRequired || failure instanceof InvalidGrant) {
            return HttpResponse.<ApiError>status(HttpStatus.CONFLICT).body(new ApiError("reauthorization_required",
                    failure.getMessage(), null, tracking, settings.authorizeUrl().toString()));
        }
        if (failure instanceof RateLimited limited) {
            MutableHttpResponse<ApiError> response = HttpResponse.<ApiError>status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(new ApiError(limited.dailyLimit() ? "zoom_daily_limit" : "zoom_rate_limited",
                            failure.getMessage(), 429, tracking, null));
            // Zoom does not always say when to retry: a daily limit resets at 00:00 UTC, a per-second one at once.
            Instant retryAt = limited.retryAfter().orElseGet(() -> limited.dailyLimit()
                    ? clock.instant().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS)
                    : clock.instant().plusSeconds(1));
            response.header("Retry-After", Long.toString(Math.max(1, Duration.between(clock.instant(), retryAt).toSeconds())));
            return response;
        }
        if (failure instanceof ZoomUnavailable unavailable) {
            HttpStatus status = unavailable.httpStatus().isPresent() ? HttpStatus.BAD_GATEWAY : HttpStatus.SERVICE_UNAVAILABLE;
            return HttpResponse.<ApiError>status(status).body(new ApiError("zoom_unavailable", failure.getMessage(),
                    null, tracking, null)).header("Retry-After", "5");
        }
        if (failure instanceof ZoomApiError api) {
            HttpStatus status = HttpStatus.valueOf(api.httpStatus());
            return HttpResponse.<ApiError>status(status).body(new ApiError("zoom_error", api.zoomMessage(),
                    api.zoomCode().isPresent() ? api.zoomCode().getAsInt() : null, tracking, null));
        }
        if (failure instanceof AccessTokenRejected) {
            return HttpResponse.<ApiError>status(HttpStatus.BAD_GATEWAY).body(new ApiError("zoom_rejected_token",
                    "Zoom rejected a freshly refreshed access token", 124, tracking, null));
        }
        if (failure instanceof InvalidClient) {
            LOG.error("Zoom rejected the configured app credentials (trackingId={})", tracking);
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiError(
                    "zoom_app_misconfigured", failure.getMessage(), null, tracking, null));
        }
        if (failure instanceof ServiceBusy) {
            return busy(failure.getMessage(), 60);
        }
        if (failure instanceof ZoomBusy) {
            // Every connection to Zoom is busy and the bounded wait ran out; nothing was sent, a retry soon is safe.
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                    .body(ApiError.of("zoom_busy", failure.getMessage()));
        }
        if (failure instanceof GrantUnreadable) {
            // Only this grant: the configured keys cannot open its tokens (the start-up check vouches for the rest).
            LOG.error("{}", failure.getMessage());
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiError("vault_key_missing",
                    failure.getMessage(), null, null, settings.authorizeUrl().toString()));
        }
        if (failure instanceof AuthorizationCodeRejected || failure instanceof AuthorizationStateRejected) {
            return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(new ApiError("authorization_failed",
                    failure.getMessage(), null, tracking, settings.authorizeUrl().toString()));
        }
        return unexpected(failure);
    }

    /** 503 {@code service_busy}: this instance refuses work it cannot take now (overload, not a fault). */
    public MutableHttpResponse<ApiError> busy(String message, long retryAfterSeconds) {
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)))
                .body(ApiError.of("service_busy", message));
    }

    /** 429 {@code rate_limited}: this client sent more requests than it may; Retry-After says when to come back. */
    public MutableHttpResponse<ApiError> rateLimited(long retryAfterSeconds) {
        return HttpResponse.<ApiError>status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)))
                .body(ApiError.of("rate_limited", "Too many requests from this address; try again after "
                        + Math.max(1, retryAfterSeconds) + " s"));
    }

    public MutableHttpResponse<ApiError> badRequest(String message) {
        return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(ApiError.of("invalid_request", message));
    }

    public MutableHttpResponse<ApiError> unexpected(Throwable failure) {
        LOG.error("Unexpected failure: {}", failure.getClass().getName(), failure);
        return HttpResponse.<ApiError>status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiError.of("internal_error", "Something went wrong on our side; it has been logged"));
    }
}
