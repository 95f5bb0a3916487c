package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zoomoauth.app.config.ZoomCredentialsStatus;
import io.zoomoauth.domain.authorization.AuthorizationRedirect;
import io.zoomoauth.domain.authorization.CompleteAuthorizationCommand;
import io.zoomoauth.domain.authorization.CompleteAuthorizationUseCase;
import io.zoomoauth.domain.authorization.StartAuthorizationUseCase;
import io.zoomoauth.domain.connections.ConnectionView;
import io.zoomoauth.domain.error.AuthorizationCodeRejected;
import io.zoomoauth.domain.error.AuthorizationStateRejected;
import io.zoomoauth.domain.error.DomainFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The user-OAuth flow: send the browser to Zoom's consent page, and take Zoom's redirect back. */
@Controller("/oauth")
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "oauth")
@ApiResponse(responseCode = "503", description = "No Zoom app configured: a page saying what to set",
        content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")))
public class OAuthController {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthController.class);

    private final StartAuthorizationUseCase start;
    private final CompleteAuthorizationUseCase complete;
    private final ZoomCredentialsStatus credentials;
    private final ErrorResponses errors;

    public OAuthController(StartAuthorizationUseCase start, CompleteAuthorizationUseCase complete,
                           ZoomCredentialsStatus credentials, ErrorResponses errors) {
        this.start = start;
        this.complete = complete;
        this.credentials = credentials;
        this.errors = errors;
    }

    @Get("/authorize")
    @Operation(operationId = "authorize", summary = "Start connecting a Zoom account", description = "302 to Zoom's consent page with a one-time state and a PKCE S256 challenge")
    @ApiResponse(responseCode = "302", description = "To Zoom's consent page",
            headers = @Header(name = "Location", description = "Zoom's authorize URL", schema = @Schema(type = "string", format = "uri")))
    public HttpResponse<?> authorize() {
        if (!credentials.userOAuthConfigured()) {
            return notConfigured();
        }
        AuthorizationRedirect redirect = start.start();
        return HttpResponse.status(HttpStatus.FOUND).headers(h -> h.location(redirect.location()));
    }

    @Get("/callback")
    @Operation(operationId = "callback", summary = "Zoom's redirect back", description = "Exchanges the code, identifies the user and stores the grant. "
            + "A page for browsers and curl; JSON when the client prefers application/json")
    @ApiResponse(responseCode = "200", description = "Connected", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionJson.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "Declined, expired or invalid: start again", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"))})
    public HttpResponse<?> callback(HttpRequest<?> request, @Nullable @QueryValue String code,
                                    @Nullable @QueryValue String state, @Nullable @QueryValue String error) {
        if (!credentials.userOAuthConfigured()) {
            return notConfigured();
        }
        boolean json = Pages.wantsJson(request);
        if (error != null) {
            // The error value comes from the browser's URL: anyone can craft it, so it is never shown back.
            boolean declined = "access_denied".equals(error);
            String what = declined ? "You declined to connect your Zoom account. Nothing was stored."
                    : "Zoom did not connect your account. Please start again.";
            if (!declined) {
                LOG.info("Zoom redirected back with an error ({} characters); nothing was stored", error.length());
            }
            return json ? asJson(HttpResponse.badRequest(new ApiError(declined ? error : "authorization_failed", what,
                    null, null, "/oauth/authorize")))
                    : Pages.page(HttpStatus.BAD_REQUEST, "Not connected", "<p>" + Pages.escape(what)
                    + "</p><p><a class=\"button\" href=\"/oauth/authorize\">Try again</a></p>");
        }
        if (code == null || code.isBlank() || state == null || state.isBlank()) {
            return failurePage(json, "The link is incomplete: it needs both code and state. Start again.", null);
        }
        try {
            ConnectionView connected = complete.complete(new CompleteAuthorizationCommand(state, code));
            LOG.info("Connected Zoom user {} (account {})", connected.userId(), connected.accountId());
            if (json) {
                return asJson(HttpResponse.ok(ConnectionJson.connected(connected)));
            }
            return Pages.page(HttpStatus.OK, "Connected", "<p id=\"connected\">Connected as "
                    + Pages.escape(connected.displayName()) + " (" + Pages.escape(connected.email()) + ").</p>"
                    + "<p>You can close this window.</p>");
        } catch (AuthorizationStateRejected | AuthorizationCodeRejected rejected) {
            return failurePage(json, rejected instanceof AuthorizationStateRejected
                    ? "This sign-in link has expired or was already used. Please start again."
                    : "Zoom did not accept the sign-in (" + ((AuthorizationCodeRejected) rejected).zoomReason()
                    + "). Please start again.", rejected);
        } catch (IllegalArgumentException invalid) {
            return failurePage(json, "The link is malformed (" + invalid.getMessage() + "). Please start again.", null);
        } catch (DomainFailure failure) {
            MutableHttpResponse<ApiError> answer = errors.of(failure);
            return json ? asJson(answer) : Pages.page(answer.status(), "Not connected",
                    "<p>" + Pages.escape(failure.getMessage()) + "</p><p><a class=\"button\" href=\"/oauth/authorize\">Try again</a></p>");
        }
    }

    private HttpResponse<?> failurePage(boolean json, String message, DomainFailure cause) {
        if (json) {
            return asJson(HttpResponse.badRequest(new ApiError("authorization_failed", message, null,
                    cause == null ? null : cause.trackingId().orElse(null), "/oauth/authorize")));
        }
        return Pages.page(HttpStatus.BAD_REQUEST, "Not connected", "<p>" + Pages.escape(message)
                + "</p><p><a class=\"button\" href=\"/oauth/authorize\">Start again</a></p>");
    }

    /** The route produces HTML first; a JSON answer names its type so no HTML encoder is tried on it. */
    private static <T> MutableHttpResponse<T> asJson(MutableHttpResponse<T> response) {
        return response.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static HttpResponse<?> notConfigured() {
        return Pages.page(HttpStatus.SERVICE_UNAVAILABLE, "Zoom app not configured",
                "<p>This service has no Zoom app credentials yet. Set <code>ZOOM_CLIENT_ID</code> and "
                + "<code>ZOOM_CLIENT_SECRET</code> (from your Zoom General app), and <code>ZOOM_REDIRECT_URI</code> "
                + "to the redirect URL registered there, then restart the service.</p>");
    }
}
