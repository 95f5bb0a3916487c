package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.common.Check;
import java.net.URI;
import java.time.Instant;

/** Where to send the browser to start a connection, and until when that request is valid. */
public record AuthorizationRedirect(URI location, Instant expiresAt) {

    public AuthorizationRedirect {
        Check.notNull(location, "location");
        Check.notNull(expiresAt, "expiresAt");
    }
}
