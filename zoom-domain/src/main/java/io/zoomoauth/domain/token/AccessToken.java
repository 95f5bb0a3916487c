package io.zoomoauth.domain.token;

import io.zoomoauth.domain.common.Check;
import java.util.regex.Pattern;

/**
 * A Zoom access token: opaque, close to 1 KB in real life, never parsed, never printed.
 */
public record AccessToken(String value) {

    static final int MAX_LENGTH = 4096;
    static final Pattern OPAQUE = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    public AccessToken {
        Check.matches(value, OPAQUE, "accessToken", "1 to " + MAX_LENGTH + " printable characters without spaces");
    }

    @Override
    public String toString() {
        return "AccessToken[***]";
    }
}
