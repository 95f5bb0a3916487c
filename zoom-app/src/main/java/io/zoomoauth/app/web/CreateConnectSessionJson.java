package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** The body of {@code POST /api/connect-sessions}; checked by the domain's value types (messages name the field). */
@Serdeable
@Schema(name = "CreateConnectSession")
public record CreateConnectSessionJson(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 255,
                description = "the organisation's own id for its user") @Nullable String externalUserId,
        @Nullable @Schema(description = "where the browser goes back to; must start with one of ZOOM_CONNECT_RETURN_URLS")
        String returnTo,
        @Nullable @Schema(description = "up to 10 string pairs (keys up to 64, values up to 255 characters)")
        Map<String, String> tags) {
}
