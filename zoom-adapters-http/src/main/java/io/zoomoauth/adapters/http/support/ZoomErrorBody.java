package io.zoomoauth.adapters.http.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;

/**
 * Zoom's error bodies: the REST API's {@code {"code", "message"}} and the token endpoint's
 * {@code {"reason", "error"}}. {@code code} is read as whatever JSON type Zoom sent (a number, sometimes a string).
 */
@Serdeable
record ZoomErrorBody(@Nullable Object code, @Nullable String message, @Nullable String error, @Nullable String reason) {

    static final ZoomErrorBody NONE = new ZoomErrorBody(null, null, null, null);

    Integer zoomCode() {
        if (code instanceof Number number) {
            return number.intValue();
        }
        if (code instanceof String text && text.matches("\\d{1,9}")) {
            return Integer.parseInt(text);
        }
        return null;
    }

    static Optional<String> text(String value) {
        return value != null && !value.isBlank() ? Optional.of(value) : Optional.empty();
    }
}
