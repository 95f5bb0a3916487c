package io.zoomoauth.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The service's one JSON error shape. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, @Nullable Integer zoomCode, @Nullable String zoomTrackingId,
                       @Nullable String authorizeUrl) {

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null, null, null);
    }
}
