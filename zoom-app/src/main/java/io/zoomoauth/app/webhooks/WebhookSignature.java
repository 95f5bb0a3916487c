package io.zoomoauth.app.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zoom's webhook signature: {@code x-zm-signature: v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))},
 * computed over the raw request bytes (re-serialised JSON would not match) and compared in constant time.
 */
public final class WebhookSignature {

    public enum Verdict { VALID, MISSING, MALFORMED_TIMESTAMP, STALE, INVALID }

    private final byte[] secret;

    public WebhookSignature(String secretToken) {
        this.secret = secretToken.getBytes(StandardCharsets.UTF_8);
    }

    public Verdict verify(String signatureHeader, String timestampHeader, byte[] rawBody, Instant now,
                          Duration maxAge, Duration maxFutureSkew) {
        if (signatureHeader == null || timestampHeader == null) {
            return Verdict.MISSING;
        }
        Instant signedAt = parseTimestamp(timestampHeader);
        if (signedAt == null) {
            return Verdict.MALFORMED_TIMESTAMP;
        }
        if (signedAt.isBefore(now.minus(maxAge)) || signedAt.isAfter(now.plus(maxFutureSkew))) {
            return Verdict.STALE;
        }
        byte[] prefix = ("v0:" + timestampHeader + ":").getBytes(StandardCharsets.UTF_8);
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(prefix, rawBody))).getBytes(StandardCharsets.UTF_8);
        byte[] presented = signatureHeader.trim().toLowerCase().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, presented) ? Verdict.VALID : Verdict.INVALID;
    }

    /** {@code hex(HMAC-SHA256(secret, plainToken))}, the answer to {@code endpoint.url_validation}. */
    public String encryptToken(String plainToken) {
        return HexFormat.of().formatHex(hmac(plainToken.getBytes(StandardCharsets.UTF_8), new byte[0]));
    }

    private byte[] hmac(byte[] first, byte[] second) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(first);
            mac.update(second);
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    /** Zoom sends epoch seconds; milliseconds are accepted too. */
    private static Instant parseTimestamp(String header) {
        String digits = header.trim();
        if (digits.isEmpty() || digits.length() > 13 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long value = Long.parseLong(digits);
        return digits.length() > 11 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }
}
