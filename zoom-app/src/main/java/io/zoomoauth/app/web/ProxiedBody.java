package io.zoomoauth.app.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The OpenAPI description of a proxied request body, once for the proxy's methods that take one. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@RequestBody(description = "passed to Zoom as bytes, with its Content-Type",
        content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
@interface ProxiedBody {
}
