package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.connect.ConnectError;
import io.zoomoauth.domain.connect.ConnectSession;

/** In-port: a browser opened a connect link. */
public interface OpenConnectLinkUseCase {

    sealed interface LinkOutcome {
        /** The flow starts (again, if the link was opened before): send the browser to Zoom. */
        record Started(ConnectSession session, AuthorizationRedirect redirect) implements LinkOutcome {
        }

        /** The link is used up, expired or cancelled. */
        record Refused(ConnectSession session, ConnectError error) implements LinkOutcome {
        }

        /** No session has this link (or it was purged): nothing to go back to. */
        record Unknown() implements LinkOutcome {
        }
    }

    LinkOutcome open(String token, BrowserBinding binding);
}

