package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.common.Digests;
import io.zoomoauth.domain.common.RandomSource;

/**
 * The secret the browser that started a flow keeps in a cookie (RFC 9700 section 4.7): the state is stored with its
 * hash, so a callback that arrives in another browser (login or account-linking CSRF) is refused. Never printed.
 */
public record BrowserBinding(String value) {

    public BrowserBinding {
        Digests.checkSecret(value, "browser binding");
    }

    public static BrowserBinding random(RandomSource random) {
        return new BrowserBinding(Digests.randomSecret(random));
    }

    public static boolean isWellFormed(String candidate) {
        return Digests.isSecret(candidate);
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
