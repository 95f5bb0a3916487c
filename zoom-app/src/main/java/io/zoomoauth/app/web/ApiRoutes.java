package io.zoomoauth.app.web;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What every {@code /api} controller that calls Zoom carries, in one annotation: its work runs on the blocking
 * executor (a Zoom call blocks), the API key is required, and the error answers are in the OpenAPI document.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "apiKey")
@ApiErrorResponses
public @interface ApiRoutes {
}
