package io.zoomoauth.domain.connect;

import io.zoomoauth.domain.common.Digests;
import io.zoomoauth.domain.common.RandomSource;

/** The secret in a connect link: 256 random bits. Only its hash is stored; never printed. */
public record ConnectToken(String value) {

    public ConnectToken {
        Digests.checkSecret(value, "token");
    }

    public static ConnectToken random(RandomSource random) {
        return new ConnectToken(Digests.randomSecret(random));
    }

    public static boolean isWellFormed(String candidate) {
        return Digests.isSecret(candidate);
    }

    public String hash() {
        return Digests.sha256Hex(value);
    }

    @Override
    public String toString() {
        return "ConnectToken[***]";
    }
}
