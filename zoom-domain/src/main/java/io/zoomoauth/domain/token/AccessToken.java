package io.zoomoauth.domain.token;

import io.zoomoauth.domain.common.Chars;

/**
 * A Zoom access token: opaque, close to 1 KB in real life, never parsed, never printed.
 */
public record AccessToken(String value) {

    static final int MAX_LENGTH = 4096;
    static final String SHAPE = "1 to " + MAX_LENGTH + " printable characters without spaces";

    public AccessToken {
        Chars.require(value, isOpaque(value), "accessToken", SHAPE);
    }

    /** {@code [\x21-\x7E]{1,4096}}: the shape of Zoom's access and refresh tokens. */
    static boolean isOpaque(String value) {
        return Chars.all(value, 1, MAX_LENGTH, Chars.VISIBLE);
    }

    @Override
    public String toString() {
        return "AccessToken[***]";
    }
}
