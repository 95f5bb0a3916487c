package io.zoomoauth.domain.testing;

import io.zoomoauth.domain.connect.ConnectError;
import io.zoomoauth.domain.connect.ConnectSession;
import io.zoomoauth.domain.connect.ConnectSessionId;
import io.zoomoauth.domain.connect.ConnectSessionStatus;
import io.zoomoauth.domain.connect.ConnectSessionStore;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryConnectSessions implements ConnectSessionStore {

    public final Map<ConnectSessionId, ConnectSession> sessions = new HashMap<>();

    @Override
    public synchronized void save(ConnectSession session) {
        sessions.put(session.id(), session);
    }

    @Override
    public synchronized Optional<ConnectSession> find(ConnectSessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized Optional<ConnectSession> findByTokenHash(String tokenHash) {
        return sessions.values().stream().filter(s -> s.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized boolean finish(ConnectSessionId id, ConnectSessionStatus status, Optional<ZoomUserId> zoomUserId,
                                       Optional<ConnectError> error, Instant at) {
        ConnectSession s = sessions.get(id);
        if (s == null || s.status() != ConnectSessionStatus.PENDING) {
            return false;
        }
        sessions.put(id, new ConnectSession(s.id(), s.tokenHash(), s.externalUserId(), s.returnTo(), s.tags(),
                s.createdAt(), s.expiresAt(), status, zoomUserId, error, Optional.of(at)));
        return true;
    }

    @Override
    public synchronized int deleteExpiredBefore(Instant expiredBefore) {
        int before = sessions.size();
        sessions.values().removeIf(s -> s.expiresAt().isBefore(expiredBefore));
        return before - sessions.size();
    }
}
