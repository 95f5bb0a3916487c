package io.zoomoauth.app.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.zoomoauth.app.config.ZoomCredentialsStatus;
import io.zoomoauth.domain.authorization.BrowserBinding;
import io.zoomoauth.domain.authorization.OpenConnectLinkUseCase;
import io.zoomoauth.domain.authorization.OpenConnectLinkUseCase.LinkOutcome;

/** A connect session's link, opened in the user's browser: starts the OAuth flow bound to this browser. */
@Controller("/connect")
@ExecuteOn(TaskExecutors.BLOCKING)
@io.swagger.v3.oas.annotations.tags.Tag(name = "oauth")
public class ConnectLinkController {

    private final OpenConnectLinkUseCase links;
    private final ZoomCredentialsStatus credentials;
    private final BrowserBindingCookie cookie;
    private final CallbackPages pages;

    public ConnectLinkController(OpenConnectLinkUseCase links, ZoomCredentialsStatus credentials,
                                 BrowserBindingCookie cookie, CallbackPages pages) {
        this.links = links;
        this.credentials = credentials;
        this.cookie = cookie;
        this.pages = pages;
    }

    @Get("/{token}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(operationId = "openConnectLink", summary = "A connect session's link (connectUrl)",
            description = "Starts the OAuth flow in this browser (again, if opened before the flow completed)")
    @ApiResponse(responseCode = "302", description = "to Zoom's consent page, with the browser-binding cookie")
    @ApiResponse(responseCode = "303", description = "used, expired or cancelled: to returnTo with status=error")
    @ApiResponse(responseCode = "400", description = "unknown link, or not usable and no returnTo")
    public HttpResponse<?> open(HttpRequest<?> request, @PathVariable String token) {
        if (!credentials.userOAuthConfigured()) {
            return CallbackPages.notConfigured();
        }
        boolean json = Pages.wantsJson(request);
        BrowserBinding binding = cookie.reuseOrCreate(request);
        LinkOutcome outcome = links.open(token, binding);
        if (outcome instanceof LinkOutcome.Started started) {
            return cookie.attach(HttpResponse.status(HttpStatus.FOUND)
                    .headers(h -> h.location(started.redirect().location())), binding);
        }
        if (outcome instanceof LinkOutcome.Refused refused) {
            return refused.session().returnTo()
                    .<HttpResponse<?>>map(url -> ReturnRedirects.failed(url, refused.session(), refused.error()))
                    .orElseGet(() -> pages.sessionRefused(json, refused.error()));
        }
        return pages.unknownLink(json);
    }
}
