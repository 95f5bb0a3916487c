package io.zoomoauth.app.e2e;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Delivers webhook events to a service instance signed the way Zoom signs them. */
final class SignedWebhooks {

    private SignedWebhooks() {
    }

    static String hmacHex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> deliver(ServiceInstance service, String body, Instant signedAt, String secret) {
        String timestamp = Long.toString(signedAt.getEpochSecond());
        String signature = "v0=" + hmacHex(secret, "v0:" + timestamp + ":" + body);
        return service.send(HttpRequest.newBuilder(service.url("/webhooks/zoom"))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("x-zm-request-timestamp", timestamp).header("x-zm-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    static String deauthorization(String accountId, String userId, Instant deauthorizedAt) {
        return "{\"event\":\"app_deauthorized\",\"event_ts\":" + deauthorizedAt.toEpochMilli() + ",\"payload\":{"
                + "\"account_id\":\"" + accountId + "\",\"user_id\":\"" + userId + "\",\"signature\":\"abc\","
                + "\"deauthorization_time\":\"" + deauthorizedAt + "\",\"client_id\":\"" + ZoomWorld.CLIENT_ID + "\"}}";
    }
}
