package io.zoomoauth.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.zoomoauth.domain.connect.ConnectError;
import io.zoomoauth.domain.connect.ConnectSession;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** A connect session as JSON. {@code connectUrl} exists only in the answer that created it: only a hash is kept. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ConnectSession")
public record ConnectSessionJson(
        String id,
        @Nullable @Schema(description = "send the user's browser here; only in the 201 answer") String connectUrl,
        Instant expiresAt,
        String externalUserId,
        @Nullable String returnTo,
        Map<String, String> tags,
        @Schema(allowableValues = {"PENDING", "COMPLETED", "FAILED", "EXPIRED", "CANCELLED"}) String status,
        @Nullable String zoomUserId,
        @Nullable @Schema(description = "why the session failed, e.g. access_denied") String error,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    public static ConnectSessionJson of(ConnectSession session, @Nullable URI connectUrl, Instant now) {
        return new ConnectSessionJson(session.id().value(), connectUrl == null ? null : connectUrl.toString(),
                session.expiresAt(), session.externalUserId().value(), session.returnTo().map(URI::toString).orElse(null),
                session.tags().values(), session.statusAt(now).name(), session.zoomUserId().map(ZoomUserId::value).orElse(null),
                session.error().map(ConnectError::code).orElse(null), session.createdAt(), session.finishedAt().orElse(null));
    }
}
