package io.zoomoauth.domain.token;

import io.zoomoauth.domain.common.Chars;

/**
 * A Zoom refresh token. Zoom rotates it on every refresh and only the latest one works, so it is the one
 * piece of state whose loss disconnects a user. Never printed.
 */
public record RefreshToken(String value) {

    public RefreshToken {
        Chars.require(value, AccessToken.isOpaque(value), "refreshToken", AccessToken.SHAPE);
    }

    @Override
    public String toString() {
        return "RefreshToken[***]";
    }
}
