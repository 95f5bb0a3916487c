package io.zoomoauth.app.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.zoomoauth.domain.authorization.CallbackOutcome;
import io.zoomoauth.domain.connect.ConnectError;
import io.zoomoauth.domain.connections.ConnectionView;
import io.zoomoauth.domain.error.AuthorizationCodeRejected;
import io.zoomoauth.domain.error.DomainFailure;
import jakarta.inject.Singleton;

/** What a person (HTML) or a JSON client sees when a flow ends here rather than back in the organisation's app. */
@Singleton
public class CallbackPages {

    private static final String START_AGAIN = "<p><a class=\"button\" href=\"/oauth/authorize\">Start again</a></p>";
    private static final String BACK_TO_APP = "<p>Go back to the app that sent you here to start again.</p>";

    private final ErrorResponses errors;

    public CallbackPages(ErrorResponses errors) {
        this.errors = errors;
    }

    HttpResponse<?> connected(boolean json, ConnectionView connection) {
        if (json) {
            return asJson(HttpResponse.ok(ConnectionJson.of(connection)));
        }
        return Pages.page(HttpStatus.OK, "Connected", "<p id=\"connected\">Connected as "
                + Pages.escape(connection.displayName()) + " (" + Pages.escape(connection.email()) + ").</p>"
                + "<p>You can close this window.</p>");
    }

    HttpResponse<?> failed(boolean json, CallbackOutcome.Failed failed) {
        boolean fromSession = failed.session().isPresent();
        ConnectError error = failed.error();
        if (error == ConnectError.ACCESS_DENIED || failed.zoomError().isPresent()) {
            return zoomError(json, failed.zoomError().orElse("access_denied"), fromSession);
        }
        if (error == ConnectError.SESSION_USED || error == ConnectError.SESSION_CANCELLED
                || error == ConnectError.SESSION_EXPIRED) {
            return sessionRefused(json, error);
        }
        DomainFailure cause = failed.cause().orElse(null);
        if (cause instanceof AuthorizationCodeRejected rejected) {
            return failure(json, "Zoom did not accept the sign-in (" + rejected.zoomReason() + "). Please start again.",
                    rejected, fromSession);
        }
        if (cause == null) {
            return failure(json, "The connection did not complete. Please start again.", null, fromSession);
        }
        MutableHttpResponse<ApiError> answer = errors.of(cause);
        return json ? asJson(answer) : Pages.page(answer.status(), "Not connected",
                "<p>" + Pages.escape(cause.getMessage()) + "</p>" + (fromSession ? BACK_TO_APP : START_AGAIN));
    }

    HttpResponse<?> zoomError(boolean json, String zoomError, boolean fromSession) {
        // The error value comes from the browser's URL: anyone can craft it, so it is never shown back.
        boolean declined = "access_denied".equals(zoomError);
        String what = declined ? "You declined to connect your Zoom account. Nothing was stored."
                : "Zoom did not connect your account. Please start again.";
        return json ? asJson(HttpResponse.badRequest(new ApiError(declined ? zoomError : "authorization_failed", what,
                null, null, "/oauth/authorize")))
                : Pages.page(HttpStatus.BAD_REQUEST, "Not connected", "<p>" + Pages.escape(what) + "</p>"
                + (fromSession ? BACK_TO_APP : START_AGAIN.replace("Start again", "Try again")));
    }

    HttpResponse<?> failure(boolean json, String message, DomainFailure cause, boolean fromSession) {
        if (json) {
            return asJson(HttpResponse.badRequest(new ApiError("authorization_failed", message, null,
                    cause == null ? null : cause.trackingId().orElse(null), "/oauth/authorize")));
        }
        return Pages.page(HttpStatus.BAD_REQUEST, "Not connected", "<p>" + Pages.escape(message) + "</p>"
                + (fromSession ? BACK_TO_APP : START_AGAIN));
    }

    /** A connect link (or its flow) that can no longer be used, and no return URL to send the browser to. */
    HttpResponse<?> sessionRefused(boolean json, ConnectError error) {
        String what = switch (error) {
            case SESSION_EXPIRED -> "This connect link has expired.";
            case SESSION_CANCELLED -> "This connect link was cancelled.";
            case SESSION_USED -> "This connect link was already used.";
            default -> "This connect link is not valid.";
        };
        return linkRefused(json, error.code(), what);
    }

    HttpResponse<?> unknownLink(boolean json) {
        return linkRefused(json, "session_unknown", "This connect link is not valid (unknown, or expired long ago).");
    }

    private static HttpResponse<?> linkRefused(boolean json, String code, String what) {
        if (json) {
            return asJson(HttpResponse.badRequest(ApiError.of(code, what)));
        }
        return Pages.page(HttpStatus.BAD_REQUEST, "Link not usable", "<p id=\"link-refused\">" + what + "</p>" + BACK_TO_APP);
    }

    /** The routes produce HTML first; a JSON answer names its type so no HTML encoder is tried on it. */
    private static <T> MutableHttpResponse<T> asJson(MutableHttpResponse<T> response) {
        return response.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    static HttpResponse<?> notConfigured() {
        return Pages.page(HttpStatus.SERVICE_UNAVAILABLE, "Zoom app not configured",
                "<p>This service has no Zoom app credentials yet. Set <code>ZOOM_CLIENT_ID</code> and "
                + "<code>ZOOM_CLIENT_SECRET</code> (from your Zoom General app), and <code>ZOOM_REDIRECT_URI</code> "
                + "to the redirect URL registered there, then restart the service.</p>");
    }
}
