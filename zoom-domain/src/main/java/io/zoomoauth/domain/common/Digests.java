package io.zoomoauth.domain.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Random URL-safe secrets, and the SHA-256 hashes under which they are stored instead of themselves. */
public final class Digests {

    /** 256 random bits, base64url without padding. */
    private static final Pattern SECRET_256 = Pattern.compile("[A-Za-z0-9_\\-]{43}");

    private Digests() {
    }

    /** A fresh 256-bit secret (43 URL-safe characters). */
    public static String randomSecret(RandomSource random) {
        return randomUrlSafe(random, 32);
    }

    /** The shape of {@link #randomSecret}: checked without echoing the value. */
    public static String checkSecret(String value, String field) {
        return Check.matches(value, SECRET_256, field, "43 URL-safe characters");
    }

    public static boolean isSecret(String candidate) {
        return candidate != null && SECRET_256.matcher(candidate).matches();
    }

    /** {@code bytes} random bytes, base64url without padding. */
    public static String randomUrlSafe(RandomSource random, int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code value}: 64 characters. */
    public static String sha256Hex(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Compares two hashes in constant time. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
