package io.zoomoauth.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.zoomoauth.domain.connections.ConnectionView;
import io.zoomoauth.domain.grant.ExternalUserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A connection as JSON: never a token. Every field is always present (null when it has no value), so clients can
 * rely on one schema.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Connection")
public record ConnectionJson(String userId, String accountId, String email, String displayName, List<String> scopes,
                             String status, @Nullable String statusReason,
                             Instant accessTokenExpiresAt, Instant refreshTokenIssuedAt,
                             Instant connectedAt, @Nullable Instant lastRefreshedAt,
                             @Nullable @Schema(description = "the organisation's id of the user this connection belongs to")
                             String externalUserId,
                             @Nullable Map<String, String> tags,
                             @Nullable @Schema(description = "set when the external user's link moved to another connection")
                             String unlinkedFromExternalUserId,
                             @Nullable Instant unlinkedAt) {

    public static ConnectionJson of(ConnectionView view) {
        return new ConnectionJson(view.userId().value(), view.accountId().value(), view.email(), view.displayName(),
                List.copyOf(view.scopes().values()), view.status().name(),
                view.statusReason().isEmpty() ? null : view.statusReason(), view.accessTokenExpiresAt(),
                view.refreshTokenIssuedAt(), view.connectedAt(), view.lastRefreshedAt().orElse(null),
                view.link().externalUserId().map(ExternalUserId::value).orElse(null),
                view.link().tags().isEmpty() ? null : view.link().tags().values(),
                view.link().unlinkedFrom().map(ExternalUserId::value).orElse(null),
                view.link().unlinkedAt().orElse(null));
    }
}
