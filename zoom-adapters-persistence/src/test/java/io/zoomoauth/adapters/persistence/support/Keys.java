package io.zoomoauth.adapters.persistence.support;

import java.security.SecureRandom;
import java.util.Base64;

/** Random AES-256 keys in the configuration's format. */
public final class Keys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Keys() {
    }

    public static String randomBase64() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
