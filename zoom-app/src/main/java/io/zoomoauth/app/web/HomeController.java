package io.zoomoauth.app.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;
import io.zoomoauth.app.config.ConnectSettings;
import io.zoomoauth.app.config.ZoomCredentialsStatus;

/** The landing page: connect a Zoom account, and what is configured. */
@Controller
@Hidden
public class HomeController {

    private final ZoomCredentialsStatus credentials;
    private final ConnectSettings connect;

    public HomeController(ZoomCredentialsStatus credentials, ConnectSettings connect) {
        this.credentials = credentials;
        this.connect = connect;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<String> home() {
        String status = credentials.userOAuthConfigured() && connect.requireSession()
                ? "<p class=\"ok\">User OAuth app: configured. Connections are started from the organisation's app.</p>"
                : credentials.userOAuthConfigured()
                ? "<p class=\"ok\">User OAuth app: configured.</p><p><a id=\"connect\" class=\"button\" href=\"/oauth/authorize\">Connect your Zoom account</a></p>"
                : "<p class=\"missing\">User OAuth app: not configured. Set <code>ZOOM_CLIENT_ID</code> and "
                + "<code>ZOOM_CLIENT_SECRET</code> (and <code>ZOOM_REDIRECT_URI</code>), then restart.</p>";
        String s2s = credentials.serverToServerConfigured()
                ? "<p class=\"ok\">Server-to-Server app: configured.</p>"
                : "<p>Server-to-Server app: off (optional: <code>ZOOM_ACCOUNT_ID</code>, <code>ZOOM_S2S_CLIENT_ID</code>, "
                + "<code>ZOOM_S2S_CLIENT_SECRET</code>).</p>";
        return Pages.page(HttpStatus.OK, "Connect your Zoom account", status + s2s
                + "<p><a href=\"/swagger-ui\">API documentation</a> · <a href=\"/health\">health</a></p>");
    }
}
