package io.zoomoauth.app.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;
import io.zoomoauth.app.config.ConnectSettings;

/**
 * The public landing page: connect a Zoom account, nothing else. What is configured is operator data: it is in
 * the start-up log line, and {@code /oauth/authorize} says what to set when the Zoom app is missing.
 */
@Controller
@Hidden
public class HomeController {

    private final ConnectSettings connect;

    public HomeController(ConnectSettings connect) {
        this.connect = connect;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<String> home() {
        String body = connect.requireSession()
                ? "<p>Connections to Zoom are started from the organisation's app.</p>"
                : "<p><a id=\"connect\" class=\"button\" href=\"/oauth/authorize\">Connect your Zoom account</a></p>";
        return Pages.page(HttpStatus.OK, "Connect your Zoom account", body);
    }
}
