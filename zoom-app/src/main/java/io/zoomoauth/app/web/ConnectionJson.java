package io.zoomoauth.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.zoomoauth.domain.connections.ConnectionView;
import java.time.Instant;
import java.util.List;

/** A connection as JSON: never a token. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionJson(String userId, String accountId, String email, String displayName, List<String> scopes,
                             @Nullable String status, @Nullable String statusReason,
                             @Nullable Instant accessTokenExpiresAt, @Nullable Instant refreshTokenIssuedAt,
                             @Nullable Instant connectedAt, @Nullable Instant lastRefreshedAt) {

    public static ConnectionJson of(ConnectionView view) {
        return new ConnectionJson(view.userId().value(), view.accountId().value(), view.email(), view.displayName(),
                List.copyOf(view.scopes().values()), view.status().name(),
                view.statusReason().isEmpty() ? null : view.statusReason(), view.accessTokenExpiresAt(),
                view.refreshTokenIssuedAt(), view.connectedAt(), view.lastRefreshedAt().orElse(null));
    }

    /** What the OAuth callback answers to a JSON client: who was connected. */
    public static ConnectionJson connected(ConnectionView view) {
        return new ConnectionJson(view.userId().value(), view.accountId().value(), view.email(), view.displayName(),
                List.copyOf(view.scopes().values()), null, null, null, null, null, null);
    }
}
