package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.connect.ConnectError;
import io.zoomoauth.domain.connect.ConnectSession;
import io.zoomoauth.domain.connections.ConnectionView;
import io.zoomoauth.domain.error.DomainFailure;
import java.util.Optional;

/** How a callback whose state was genuine ended, with the connect session it belonged to (if any). */
public sealed interface CallbackOutcome {

    Optional<ConnectSession> session();

    record Connected(ConnectionView connection, Optional<ConnectSession> session) implements CallbackOutcome {
    }

    /**
     * @param zoomError Zoom's own {@code error=} value when Zoom reported the failure
     * @param cause     the domain failure behind it, when there was one
     */
    record Failed(ConnectError error, Optional<String> zoomError, Optional<DomainFailure> cause,
                  Optional<ConnectSession> session) implements CallbackOutcome {
    }
}
