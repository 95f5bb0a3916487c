package io.zoomoauth.domain.connect;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.Digests;
import io.zoomoauth.domain.common.RandomSource;
import java.util.regex.Pattern;

/** A connect session's public id ({@code cs_} and 22 URL-safe characters). Not a secret: the link's token is. */
public record ConnectSessionId(String value) {

    private static final Pattern SHAPE = Pattern.compile("cs_[A-Za-z0-9_\\-]{22}");

    public ConnectSessionId {
        Check.matches(value, SHAPE, "id", "cs_ followed by 22 URL-safe characters");
    }

    public static ConnectSessionId random(RandomSource random) {
        return new ConnectSessionId("cs_" + Digests.randomUrlSafe(random, 16));
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
