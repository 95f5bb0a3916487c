package io.zoomoauth.domain.connect;

import io.zoomoauth.domain.common.Check;

/** A new session and the only copy of its link's token (the store keeps its hash). */
public record CreatedConnectSession(ConnectSession session, ConnectToken token) {

    public CreatedConnectSession {
        Check.notNull(session, "session");
        Check.notNull(token, "token");
    }
}
