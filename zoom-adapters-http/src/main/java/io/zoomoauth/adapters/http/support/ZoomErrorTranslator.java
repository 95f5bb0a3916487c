package io.zoomoauth.adapters.http.support;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.json.JsonMapper;
import io.zoomoauth.domain.error.AccessTokenRejected;
import io.zoomoauth.domain.error.AuthorizationCodeRejected;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.error.InvalidClient;
import io.zoomoauth.domain.error.InvalidGrant;
import io.zoomoauth.domain.error.RateLimited;
import io.zoomoauth.domain.error.ZoomApiError;
import io.zoomoauth.domain.error.ZoomBusy;
import io.zoomoauth.domain.error.ZoomUnavailable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * The one place where Zoom's answers become the domain's failures, for the OAuth endpoints and the REST API.
 * Classifies by status class, Zoom's {@code error} field and Zoom's numeric {@code code}; never by message
 * text. Messages carry Zoom's reason and tracking id, never a token, code, verifier or secret.
 */
@Singleton
public final class ZoomErrorTranslator {

    /** Which token-endpoint call failed: the same 400 means different things for each. */
    public enum TokenCall { AUTHORIZATION_CODE, REFRESH_TOKEN, ACCOUNT_CREDENTIALS, REVOKE }

    static final int ACCESS_TOKEN_INVALID = 124;
    private static final Set<Integer> CLIENT_CREDENTIAL_CODES = Set.of(4702, 4704);
    /** Token-endpoint codes that mean the user's grant is gone: scopes changed, code/grant invalid, user deleted or disabled, revoked. */
    private static final Set<Integer> GRANT_GONE_CODES = Set.of(4711, 4733, 4734, 4735, 4738, 4741);
    private static final Set<String> GRANT_REFUSED_ERRORS = Set.of("invalid_grant", "invalid_request");

    /** Micronaut's only sign of a full wait list: an HttpClientException of no type of its own. */
    private static final String TOO_MANY_WAITING = "exceeded max pending acquires";

    private final Clock clock;
    private final JsonMapper json;
    private final List<ZoomCallObserver> observers;

    public ZoomErrorTranslator(Clock clock, JsonMapper json, List<ZoomCallObserver> observers) {
        this.clock = clock;
        this.json = json;
        this.observers = List.copyOf(observers);
    }

    /** What an answer says to a classification: Zoom's status, tracking id and error body. */
    private interface ByAnswer {
        DomainFailure classify(HttpResponse<?> response, int status, String trackingId, ZoomErrorBody body);
    }

    /** No answer, or a 429, means the same for every call; everything else is the call's own reading. */
    private DomainFailure translate(ZoomCallFailure failure, ByAnswer byAnswer) {
        if (failure.response().isEmpty()) {
            return transportFailure(failure);
        }
        HttpResponse<?> response = failure.response().get();
        ZoomErrorBody body = body(response);
        return response.code() == 429 ? rateLimited(response, body)
                : byAnswer.classify(response, response.code(), trackingId(response), body);
    }

    /** A REST API call that did not answer 2xx (or did not answer at all). */
    public DomainFailure apiFailure(ZoomCallFailure failure) {
        return translate(failure, (response, status, trackingId, body) -> apiFailure(failure, response, status,
                trackingId, body));
    }

    private DomainFailure apiFailure(ZoomCallFailure failure, HttpResponse<?> response, int status, String trackingId,
                                     ZoomErrorBody body) {
        Integer code = body.zoomCode();
        if (status >= 500) {
            return serverError(failure.call(), response);
        }
        if (status == 401 && code != null && code == ACCESS_TOKEN_INVALID) {
            return new AccessTokenRejected(trackingId);
        }
        if (status >= 400) {
            return new ZoomApiError(status, code, ZoomErrorBody.text(body.message()).orElse("HTTP " + status), trackingId);
        }
        return new ZoomUnavailable("unexpected HTTP " + status + " from " + failure.call(), status, trackingId, null);
    }

    /**
     * For the proxy, which passes Zoom's answers through as bytes: the ones that still become our own failures,
     * 401 code 124 (refresh once, retry once) and 429 (our 429 with Retry-After). Empty for every other answer.
     * {@code response} gives the status and headers; {@code body} is Zoom's error body as it came.
     */
    public Optional<DomainFailure> proxiedFailure(String method, String call, HttpResponse<?> response, byte[] body) {
        int status = response.code();
        if (status != 401 && status != 429) {
            return Optional.empty();
        }
        ZoomErrorBody error = body(body);
        if (status == 401 && !Integer.valueOf(ACCESS_TOKEN_INVALID).equals(error.zoomCode())) {
            return Optional.empty();
        }
        ZoomCallFailure failure = new ZoomCallFailure(method, call, response, null);
        return Optional.of(status == 429 ? rateLimited(response, error)
                : apiFailure(failure, response, status, trackingId(response), error));
    }

    /** A token or revoke call that did not answer 2xx (or did not answer at all). */
    public DomainFailure tokenFailure(TokenCall call, ZoomCallFailure failure) {
        return translate(failure, (response, status, trackingId, body) -> tokenFailure(call, failure, response, status,
                trackingId, body));
    }

    private DomainFailure tokenFailure(TokenCall call, ZoomCallFailure failure, HttpResponse<?> response, int status,
                                       String trackingId, ZoomErrorBody body) {
        if (status >= 500 || status < 400) {
            return serverError(failure.call(), response);
        }
        String error = ZoomErrorBody.text(body.error()).orElse("");
        Integer code = body.zoomCode();
        String reason = ZoomErrorBody.text(body.reason()).or(() -> ZoomErrorBody.text(body.message()))
                .or(() -> ZoomErrorBody.text(body.error())).orElse("HTTP " + status);
        if ("invalid_client".equals(error) || code != null && CLIENT_CREDENTIAL_CODES.contains(code)) {
            return new InvalidClient(reason, trackingId);
        }
        boolean grantRefused = GRANT_REFUSED_ERRORS.contains(error) || code != null && GRANT_GONE_CODES.contains(code);
        return switch (call) {
            // Any 4xx of the exchange means: start the authorization again.
            case AUTHORIZATION_CODE -> new AuthorizationCodeRejected(reason, trackingId);
            // Rotated, revoked or expired: only a new authorization helps.
            case REFRESH_TOKEN, REVOKE -> grantRefused
                    ? new InvalidGrant(reason, trackingId)
                    : new ZoomApiError(status, code, reason, trackingId);
            case ACCOUNT_CREDENTIALS -> new ZoomApiError(status, code, reason, trackingId);
        };
    }

    /**
     * No answer at all, for any call (typed or proxied): {@link ZoomBusy} when the call never left this instance
     * because no pooled connection came free in time ({@link #noFreeConnection}); otherwise {@link ZoomUnavailable}
     * (timeout, refused, reset or closed connection).
     */
    public DomainFailure transportFailure(ZoomCallFailure failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        if (failure.noFreeConnection()) {
            observers.forEach(observer -> observer.refusedForNoConnection(failure.method(), failure.call()));
            return new ZoomBusy(failure.call() + " was not sent; try again shortly", cause);
        }
        return new ZoomUnavailable(transportProblem(cause) + " on " + failure.call(), null, null, cause);
    }

    /**
     * Micronaut's pool gave no connection: the wait ({@code zoom.http.pool-wait}) ran out, or too many calls were
     * waiting already ({@code zoom.http.max-waiting}). Nothing was sent. Whether that was for a busy pool is
     * {@link ZoomConnectionMeter#refusedForBusyPool}'s to say. (The pool's wait fails with a plain
     * {@link TimeoutException}; Zoom's own silence is a ReadTimeoutException.)
     */
    public static boolean noFreeConnection(Throwable failure) {
        return tooManyWaiting(failure) || causedBy(failure, TimeoutException.class::isInstance);
    }

    /** Refused at once: {@code zoom.http.max-waiting} calls were waiting for a connection already. */
    static boolean tooManyWaiting(Throwable failure) {
        return causedBy(failure, cause -> cause instanceof HttpClientException && cause.getMessage() != null
                && cause.getMessage().contains(TOO_MANY_WAITING));
    }

    private static boolean causedBy(Throwable failure, java.util.function.Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** "read timeout", "connect timeout" or "connection failed (…)": what went wrong, without any request detail. */
    public static String transportProblem(Throwable failure) {
        if (failure instanceof ReadTimeoutException) {
            return "read timeout";
        }
        if (noFreeConnection(failure)) {
            return "connect timeout (no connection within zoom.http.pool-wait)";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("ConnectTimeoutException")) {
                return "connect timeout";
            }
        }
        Throwable root = failure;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "connection failed (" + (root == null ? "unknown" : root.getClass().getSimpleName()) + ")";
    }

    /** A 2xx whose body we cannot read (not JSON, a required field missing). */
    public ZoomUnavailable unreadable(String call, HttpResponse<?> response, RuntimeException cause) {
        // Our own checks name the field, never the value; other exceptions (e.g. NumberFormatException) may echo
        // the body, so only their type is kept.
        boolean ownMessage = cause.getClass() == IllegalArgumentException.class && cause.getMessage() != null;
        String reason = ownMessage ? cause.getMessage() : cause.getClass().getSimpleName();
        return new ZoomUnavailable("unreadable answer to " + call + " (" + reason + ")",
                response.code(), trackingId(response), null);
    }

    private ZoomUnavailable serverError(String call, HttpResponse<?> response) {
        return new ZoomUnavailable("HTTP " + response.code() + " from " + call, response.code(),
                trackingId(response), null);
    }

    private RateLimited rateLimited(HttpResponse<?> response, ZoomErrorBody body) {
        Instant retryAfter = Optional.ofNullable(response.getHeaders().get("Retry-After")).map(this::retryAfter)
                .orElse(null);
        boolean daily = Optional.ofNullable(response.getHeaders().get("X-RateLimit-Type"))
                .map(type -> type.trim().equalsIgnoreCase("Daily-limit")).orElse(false);
        return new RateLimited(retryAfter, daily, ZoomErrorBody.text(body.message()).orElse("HTTP 429"),
                trackingId(response));
    }

    static String trackingId(HttpResponse<?> response) {
        return response.getHeaders().get(ZoomCallFilter.TRACKING_ID);
    }

    /** Zoom's error body when it is JSON; HTML error pages and empty bodies read as no fields. */
    private static ZoomErrorBody body(HttpResponse<?> response) {
        try {
            return response.getBody(ZoomErrorBody.class).orElse(ZoomErrorBody.NONE);
        } catch (RuntimeException notJson) {
            return ZoomErrorBody.NONE;
        }
    }

    /** The same, for an error body the proxy read as bytes. */
    private ZoomErrorBody body(byte[] bytes) {
        try {
            ZoomErrorBody read = bytes.length == 0 ? null : json.readValue(bytes, ZoomErrorBody.class);
            return read == null ? ZoomErrorBody.NONE : read;
        } catch (IOException | RuntimeException notJson) {
            return ZoomErrorBody.NONE;
        }
    }

    /** {@code Retry-After} as delta-seconds, an HTTP date or (Zoom) an ISO date-time; null when unreadable. */
    Instant retryAfter(String value) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d{1,10}")) {
            return clock.instant().plusSeconds(Long.parseLong(trimmed));
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {
                DateTimeFormatter.RFC_1123_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME}) {
            try {
                return OffsetDateTime.parse(trimmed, format).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
