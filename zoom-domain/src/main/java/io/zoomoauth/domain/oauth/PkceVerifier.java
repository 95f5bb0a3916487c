package io.zoomoauth.domain.oauth;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.RandomSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/** A PKCE code verifier (RFC 7636 section 4.1): 43 to 128 unreserved characters. A secret: never printed. */
public record PkceVerifier(String value) {

    private static final Pattern UNRESERVED = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    private static final int RANDOM_BYTES = 32;

    public PkceVerifier {
        Check.matches(value, UNRESERVED, "codeVerifier", "43 to 128 characters of [A-Za-z0-9-._~] (RFC 7636)");
    }

    /** 32 random bytes, base64url without padding: 43 characters, as RFC 7636 recommends. */
    public static PkceVerifier random(RandomSource random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new PkceVerifier(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** {@code BASE64URL(SHA256(ASCII(code_verifier)))}, the S256 code challenge. */
    public String s256Challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "PkceVerifier[***]";
    }
}
