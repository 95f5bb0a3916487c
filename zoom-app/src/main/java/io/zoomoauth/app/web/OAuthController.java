package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import io.zoomoauth.app.config.ConnectSettings;
import io.zoomoauth.app.config.ZoomCredentialsStatus;
import io.zoomoauth.domain.authorization.AuthorizationRedirect;
import io.zoomoauth.domain.authorization.BrowserBinding;
import io.zoomoauth.domain.authorization.CallbackOutcome;
import io.zoomoauth.domain.authorization.CompleteAuthorizationCommand;
import io.zoomoauth.domain.authorization.CompleteAuthorizationUseCase;
import io.zoomoauth.domain.authorization.StartAuthorizationCommand;
import io.zoomoauth.domain.authorization.StartAuthorizationUseCase;
import io.zoomoauth.domain.connect.ConnectSession;
import io.zoomoauth.domain.error.AuthorizationStateRejected;
import java.net.URI;
import java.util.Optional;
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
    private final ConnectSettings connect;
    private final BrowserBindingCookie cookie;
    private final CallbackPages pages;

    public OAuthController(StartAuthorizationUseCase start, CompleteAuthorizationUseCase complete,
                           ZoomCredentialsStatus credentials, ConnectSettings connect, BrowserBindingCookie cookie,
                           CallbackPages pages) {
        this.start = start;
        this.complete = complete;
        this.credentials = credentials;
        this.connect = connect;
        this.cookie = cookie;
        this.pages = pages;
    }

    @Get("/authorize")
    @Operation(operationId = "startAuthorization", summary = "Start connecting a Zoom account",
            description = "302 to Zoom's consent page with a one-time state and a PKCE S256 challenge, bound to this "
                    + "browser by an HttpOnly cookie. 403 when ZOOM_CONNECT_REQUIRE_SESSION=true.")
    @ApiResponse(responseCode = "302", description = "to Zoom's consent page",
            headers = @Header(name = "Location", description = "Zoom's authorize URL", schema = @Schema(type = "string", format = "uri")))
    @ApiResponse(responseCode = "403", description = "connections start from the organisation's app (connect sessions)")
    public HttpResponse<?> authorize(HttpRequest<?> request) {
        if (!credentials.userOAuthConfigured()) {
            return CallbackPages.notConfigured();
        }
        if (connect.requireSession()) {
            return Pages.page(HttpStatus.FORBIDDEN, "Start from your app",
                    "<p>Zoom connections are started from the organisation's app. Go back to it and use its "
                    + "<em>Connect Zoom</em> button.</p>");
        }
        BrowserBinding binding = cookie.reuseOrCreate(request);
        AuthorizationRedirect redirect = start.start(new StartAuthorizationCommand(binding, Optional.empty()));
        return cookie.attach(HttpResponse.status(HttpStatus.FOUND).headers(h -> h.location(redirect.location())), binding);
    }

    @Get("/callback")
    @Operation(operationId = "completeAuthorization", summary = "Zoom's redirect back",
            description = "Checks the state and this browser's cookie, exchanges the code, identifies the user and "
                    + "stores the grant; a connect session with returnTo answers 303 to it with the result. "
                    + "A page for browsers and curl; JSON when the client prefers application/json")
    @ApiResponse(responseCode = "200", description = "connected", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionJson.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "303", description = "back to the connect session's returnTo with status=connected|error")
    @ApiResponse(responseCode = "400", description = "unknown, used, expired or foreign state; declined; code refused", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"))})
    public HttpResponse<?> callback(HttpRequest<?> request, @Nullable @QueryValue String code,
                                    @Nullable @QueryValue String state, @Nullable @QueryValue String error) {
        if (!credentials.userOAuthConfigured()) {
            return CallbackPages.notConfigured();
        }
        boolean json = Pages.wantsJson(request);
        boolean hasState = state != null && !state.isBlank();
        if (!hasState && error != null) {
            return pages.zoomError(json, error, false);
        }
        if (!hasState || (error == null && (code == null || code.isBlank()))) {
            return pages.failure(json, "The link is incomplete: it needs both code and state. Start again.", null, false);
        }
        Optional<BrowserBinding> binding = cookie.read(request);
        CallbackOutcome outcome;
        try {
            outcome = complete.complete(error != null ? CompleteAuthorizationCommand.withError(state, error, binding)
                    : CompleteAuthorizationCommand.withCode(state, code, binding));
        } catch (AuthorizationStateRejected rejected) {
            LOG.info("Callback refused: {}", rejected.getMessage());
            return error != null ? pages.zoomError(json, error, false) : pages.failure(json,
                    "This sign-in link has expired or was already used. Please start again.", rejected, false);
        } catch (IllegalArgumentException invalid) {
            // An error value that Zoom would never send is still an error: the fixed message, never the text.
            return error != null ? pages.zoomError(json, error, false) : pages.failure(json,
                    "The link is malformed (" + invalid.getMessage() + "). Please start again.", null, false);
        }
        Optional<ConnectSession> session = outcome.session();
        Optional<URI> back = session.flatMap(ConnectSession::returnTo);
        if (outcome instanceof CallbackOutcome.Connected connected) {
            LOG.info("Connected Zoom user {} (account {}){}", connected.connection().userId(),
                    connected.connection().accountId(), session.map(s -> " for connect session " + s.id()).orElse(""));
            return back.<HttpResponse<?>>map(url -> ReturnRedirects.connected(url, session.get(), connected.connection()))
                    .orElseGet(() -> pages.connected(json, connected.connection()));
        }
        CallbackOutcome.Failed failed = (CallbackOutcome.Failed) outcome;
        LOG.info("Connection failed: {}{}", failed.error().code(), session.map(s -> " (connect session " + s.id() + ")").orElse(""));
        return back.<HttpResponse<?>>map(url -> ReturnRedirects.failed(url, session.get(), failed.error()))
                .orElseGet(() -> pages.failed(json, failed));
    }
}
