package io.zoomoauth.domain.idempotency;

import io.zoomoauth.domain.common.Chars;
import io.zoomoauth.domain.common.Check;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a request asked for, as a SHA-256 over its route and body: a repeat with the same key must ask for the
 * same thing. Kept instead of the body itself, so a stored key reveals nothing of the request.
 */
public record RequestFingerprint(String hex) {

    public RequestFingerprint {
        Check.notNull(hex, "fingerprint");
        if (!Chars.all(hex, 64, 64, c -> Chars.isDigit(c) || c >= 'a' && c <= 'f')) {
            throw new IllegalArgumentException("fingerprint must be 64 lower-case hex digits");
        }
    }

    /** @param route what the request addressed, e.g. {@code POST /users/{id}/meetings?query}; {@code body} its bytes */
    public static RequestFingerprint of(String route, byte[] body) {
        Check.notNull(route, "route");
        Check.notNull(body, "body");
        MessageDigest sha256 = sha256();
        sha256.update(route.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        sha256.update(body);
        return new RequestFingerprint(HexFormat.of().formatHex(sha256.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
