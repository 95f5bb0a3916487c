package io.zoomoauth.adapters.http.events;

import io.zoomoauth.domain.common.Check;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Event-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>}, computed over the exact bytes sent.
 */
public final class EventSignature {

    public static final int MIN_SECRET_LENGTH = 32;

    private final SecretKeySpec key;

    public EventSignature(String secret) {
        Check.notNull(secret, "ZOOM_EVENTS_SECRET");
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("ZOOM_EVENTS_SECRET must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "EventSignature[secret=***]";
    }
}
