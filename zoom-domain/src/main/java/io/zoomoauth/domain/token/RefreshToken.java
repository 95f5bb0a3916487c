package io.zoomoauth.domain.token;

import io.zoomoauth.domain.common.Check;

/**
 * A Zoom refresh token. Zoom rotates it on every refresh and only the latest one works, so it is the one
 * piece of state whose loss disconnects a user. Never printed.
 */
public record RefreshToken(String value) {

    public RefreshToken {
        Check.matches(value, AccessToken.OPAQUE, "refreshToken",
                "1 to " + AccessToken.MAX_LENGTH + " printable characters without spaces");
    }

    @Override
    public String toString() {
        return "RefreshToken[***]";
    }
}
