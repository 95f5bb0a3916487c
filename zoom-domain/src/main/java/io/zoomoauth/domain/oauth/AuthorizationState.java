package io.zoomoauth.domain.oauth;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.RandomSource;
import java.util.Base64;
import java.util.regex.Pattern;

/** The OAuth {@code state}: at least 128 random bits, URL-safe; binds a callback to the request that started it. */
public record AuthorizationState(String value) {

    private static final int RANDOM_BYTES = 32;
    /** 22 base64url characters carry 132 bits: anything shorter cannot hold 128 random bits. */
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_\\-]{22,128}");

    public AuthorizationState {
        Check.matches(value, URL_SAFE, "state", "22 to 128 URL-safe characters");
    }

    public static AuthorizationState random(RandomSource random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new AuthorizationState(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && URL_SAFE.matcher(candidate).matches();
    }
}
