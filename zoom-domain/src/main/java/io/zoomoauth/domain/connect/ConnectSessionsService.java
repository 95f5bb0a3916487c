package io.zoomoauth.domain.connect;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.RandomSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Creates connect sessions (a fresh 256-bit link token each, stored only as a hash), reads and cancels them. */
public final class ConnectSessionsService implements ManageConnectSessionsUseCase {

    private final ConnectSessionStore sessions;
    private final ReturnUrlAllowList returnUrls;
    private final Duration ttl;
    private final Clock clock;
    private final RandomSource random;

    public ConnectSessionsService(ConnectSessionStore sessions, ReturnUrlAllowList returnUrls, Duration ttl,
                                  Clock clock, RandomSource random) {
        this.sessions = Check.notNull(sessions, "sessions");
        this.returnUrls = Check.notNull(returnUrls, "returnUrls");
        this.ttl = Check.notNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the connect session TTL must be positive");
        }
        this.clock = Check.notNull(clock, "clock");
        this.random = Check.notNull(random, "random");
    }

    @Override
    public CreatedConnectSession create(CreateConnectSessionCommand command) {
        Check.notNull(command, "command");
        Optional<URI> returnTo = command.returnTo().map(url -> returnUrls.allowed(url).orElseThrow(() ->
                new IllegalArgumentException("returnTo must start with one of the allowed return URLs"
                        + (returnUrls.isEmpty() ? " (none is configured: set ZOOM_CONNECT_RETURN_URLS)" : ""))));
        Instant now = clock.instant();
        ConnectToken token = ConnectToken.random(random);
        ConnectSession session = ConnectSession.start(ConnectSessionId.random(random), token, command.externalUserId(),
                returnTo, command.tags(), now, now.plus(ttl));
        sessions.save(session);
        return new CreatedConnectSession(session, token);
    }

    @Override
    public Optional<ConnectSession> get(ConnectSessionId id) {
        return sessions.find(Check.notNull(id, "id"));
    }

    @Override
    public CancelOutcome cancel(ConnectSessionId id) {
        Optional<ConnectSession> session = get(id);
        if (session.isEmpty()) {
            return CancelOutcome.NOT_FOUND;
        }
        Instant now = clock.instant();
        if (session.get().statusAt(now) != ConnectSessionStatus.PENDING) {
            return CancelOutcome.NOT_PENDING;
        }
        return sessions.finish(id, ConnectSessionStatus.CANCELLED, Optional.empty(), Optional.empty(), now)
                ? CancelOutcome.CANCELLED : CancelOutcome.NOT_PENDING;
    }
}
