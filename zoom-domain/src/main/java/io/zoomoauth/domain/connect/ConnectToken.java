package io.zoomoauth.domain.connect;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.Digests;
import io.zoomoauth.domain.common.RandomSource;
import java.util.regex.Pattern;

/** The secret in a connect link: 256 random bits. Only its hash is stored; never printed. */
public record ConnectToken(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_\\-]{43}");

    public ConnectToken {
        Check.matches(value, SHAPE, "token", "43 URL-safe characters");
    }

    public static ConnectToken random(RandomSource random) {
        return new ConnectToken(Digests.randomUrlSafe(random, 32));
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    public String hash() {
        return Digests.sha256Hex(value);
    }

    @Override
    public String toString() {
        return "ConnectToken[***]";
    }
}
