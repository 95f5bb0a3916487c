package io.zoomoauth.app.config;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** Which Zoom apps are configured (never their secrets), for the start-up report, the home page and 503s. */
@Singleton
public class ZoomCredentialsStatus {

    private final boolean userOAuth;
    private final boolean serverToServer;

    public ZoomCredentialsStatus(@Nullable @Value("${zoom.oauth.client-id:}") String clientId,
                                 @Nullable @Value("${zoom.oauth.client-secret:}") String clientSecret,
                                 @Nullable @Value("${zoom.s2s.account-id:}") String accountId,
                                 @Nullable @Value("${zoom.s2s.client-id:}") String s2sClientId,
                                 @Nullable @Value("${zoom.s2s.client-secret:}") String s2sClientSecret) {
        this.userOAuth = present(clientId) && present(clientSecret);
        this.serverToServer = present(accountId) && present(s2sClientId) && present(s2sClientSecret);
    }

    public boolean userOAuthConfigured() {
        return userOAuth;
    }

    public boolean serverToServerConfigured() {
        return serverToServer;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
