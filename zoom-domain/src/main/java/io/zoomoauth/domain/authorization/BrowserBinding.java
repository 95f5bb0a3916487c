package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.Digests;
import io.zoomoauth.domain.common.RandomSource;
import java.util.regex.Pattern;

/**
 * The secret the browser that started a flow keeps in a cookie (RFC 9700 section 4.7): the state is stored with its
 * hash, so a callback that arrives in another browser (login or account-linking CSRF) is refused. Never printed.
 */
public record BrowserBinding(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_\\-]{43}");

    public BrowserBinding {
        Check.matches(value, SHAPE, "browser binding", "43 URL-safe characters");
    }

    public static BrowserBinding random(RandomSource random) {
        return new BrowserBinding(Digests.randomUrlSafe(random, 32));
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    public String hash() {
        return Digests.sha256Hex(value);
    }

    public boolean matches(String storedHash) {
        return Digests.sameHash(hash(), storedHash);
    }

    @Override
    public String toString() {
        return "BrowserBinding[***]";
    }
}
