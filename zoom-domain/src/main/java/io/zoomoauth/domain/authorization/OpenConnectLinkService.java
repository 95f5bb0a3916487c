package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.connect.ConnectError;
import io.zoomoauth.domain.connect.ConnectSession;
import io.zoomoauth.domain.connect.ConnectSessionStore;
import io.zoomoauth.domain.connect.ConnectToken;
import java.time.Clock;
import java.util.Optional;

/**
 * Opens a connect link: a pending session starts a flow bound to this browser and to the session. Opening it again
 * (a double click, a second tab) starts a fresh flow; the session is used up only when a callback completes it.
 */
public final class OpenConnectLinkService implements OpenConnectLinkUseCase {

    private final ConnectSessionStore sessions;
    private final StartAuthorizationUseCase start;
    private final Clock clock;

    public OpenConnectLinkService(ConnectSessionStore sessions, StartAuthorizationUseCase start, Clock clock) {
        this.sessions = Check.notNull(sessions, "sessions");
        this.start = Check.notNull(start, "start");
        this.clock = Check.notNull(clock, "clock");
    }

    @Override
    public LinkOutcome open(String token, BrowserBinding binding) {
        Check.notNull(binding, "binding");
        if (!ConnectToken.isWellFormed(token)) {
            return new LinkOutcome.Unknown();
        }
        Optional<ConnectSession> found = sessions.findByTokenHash(new ConnectToken(token).hash());
        if (found.isEmpty()) {
            return new LinkOutcome.Unknown();
        }
        ConnectSession session = found.get();
        Optional<ConnectError> refusal = session.refusalToOpen(clock.instant());
        if (refusal.isPresent()) {
            return new LinkOutcome.Refused(session, refusal.get());
        }
        AuthorizationRedirect redirect = start.start(new StartAuthorizationCommand(binding, Optional.of(session.id())));
        return new LinkOutcome.Started(session, redirect);
    }
}
