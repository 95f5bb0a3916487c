package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.connect.ConnectSessionId;
import java.util.Optional;

/** Start a flow in the browser that holds {@code binding}, for a connect session or for none. */
public record StartAuthorizationCommand(BrowserBinding binding, Optional<ConnectSessionId> sessionId) {

    public StartAuthorizationCommand {
        Check.notNull(binding, "binding");
        Check.notNull(sessionId, "sessionId");
    }
}
