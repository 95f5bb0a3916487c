package io.zoomoauth.domain.access;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.users.ZoomUserRef;

/**
 * Whom a Zoom call is for, and with which credentials.
 *
 * @param credentials {@link Credentials#AUTO}: the user's own grant, else the Server-to-Server account token unless
 *                    the user removed the app; {@link Credentials#ACCOUNT}: the account token, asked for explicitly
 */
public record ActingFor(ZoomUserRef user, Credentials credentials) {

    public enum Credentials { AUTO, ACCOUNT }

    public ActingFor {
        Check.notNull(user, "userId");
        Check.notNull(credentials, "credentials");
    }

    public static ActingFor auto(ZoomUserRef user) {
        return new ActingFor(user, Credentials.AUTO);
    }
}
