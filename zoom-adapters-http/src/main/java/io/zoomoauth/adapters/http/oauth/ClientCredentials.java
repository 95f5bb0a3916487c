package io.zoomoauth.adapters.http.oauth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** An OAuth client id and secret; becomes the HTTP Basic header. The secret is never printed. */
public final class ClientCredentials {

    private final String clientId;
    private final String clientSecret;

    private ClientCredentials(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    static Optional<ClientCredentials> of(String clientId, String clientSecret) {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ClientCredentials(clientId.trim(), clientSecret.trim()));
    }

    public String clientId() {
        return clientId;
    }

    String basicAuthorization() {
        String pair = clientId + ":" + clientSecret;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", clientSecret=***]";
    }
}
