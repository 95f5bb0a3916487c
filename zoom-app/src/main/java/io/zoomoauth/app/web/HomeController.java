package io.zoomoauth.app.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The public landing page: connect a Zoom account, nothing else. What is configured is operator data: it is in
 * the start-up log line, and {@code /oauth/authorize} says what to set when the Zoom app is missing.
 */
@Controller
@Hidden
public class HomeController {

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<String> home() {
        return Pages.page(HttpStatus.OK, "Connect your Zoom account",
                "<p><a id=\"connect\" class=\"button\" href=\"/oauth/authorize\">Connect your Zoom account</a></p>");
    }
}
