package io.zoomoauth.app.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers every {@code /api} operation can give, all with the {@link ApiError} body, in the OpenAPI
 * document. Put it on each API controller; OpenApiDocumentTest fails for an {@code /api} route without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiResponse(responseCode = "400", description = "Invalid input (the message names the field or parameter)",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "401", description = "Missing or unknown API key",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "404", description = "Not connected (with authorizeUrl), or no such resource",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "409", description = "The user must connect again (reauthorization_required, with authorizeUrl)",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "429", description = "Zoom's rate limit (Retry-After says when)",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "500", description = "Unexpected failure (details in the service's log only)",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "502", description = "Zoom answered with an error or rejected a fresh token",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "503", description = "Zoom or the service's database is unavailable (Retry-After)",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
public @interface ApiErrorResponses {
}
