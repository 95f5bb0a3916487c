package io.zoomoauth.adapters.http.oauth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.zoomoauth.domain.grant.ZoomAccountId;
import java.util.Optional;

/**
 * The optional Server-to-Server OAuth app ({@code zoom.s2s.*}, from ZOOM_S2S_ACCOUNT_ID / ZOOM_S2S_CLIENT_ID /
 * ZOOM_S2S_CLIENT_SECRET). Uses the same token endpoint as {@link ZoomOAuthProperties#baseUrl()}.
 */
@ConfigurationProperties("zoom.s2s")
public record ZoomS2sProperties(@Nullable String accountId, @Nullable String clientId, @Nullable String clientSecret) {

    public Optional<ClientCredentials> credentials() {
        return ClientCredentials.of(clientId, clientSecret);
    }

    /** The configured account, for the app; empty when not configured. */
    public Optional<ZoomAccountId> account() {
        return accountId == null || accountId.isBlank() ? Optional.empty() : Optional.of(new ZoomAccountId(accountId.trim()));
    }

    @Override
    public String toString() {
        return "ZoomS2sProperties[accountId=" + accountId + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "absent" : "***") + "]";
    }
}
