package io.zoomoauth.domain.connect;

import io.zoomoauth.domain.grant.ZoomUserId;
import java.time.Instant;
import java.util.Optional;

/** Out-port: connect sessions, shared by every instance (the link, the callback and the API may reach different ones). */
public interface ConnectSessionStore {

    void save(ConnectSession session);

    Optional<ConnectSession> find(ConnectSessionId id);

    Optional<ConnectSession> findByTokenHash(String tokenHash);

    /**
     * Ends a pending session, atomically: of concurrent callers, at most one changes it.
     *
     * @param status COMPLETED (with the Zoom user), FAILED (with the error) or CANCELLED
     * @return false when the session was not pending (or does not exist)
     */
    boolean finish(ConnectSessionId id, ConnectSessionStatus status, Optional<ZoomUserId> zoomUserId,
                   Optional<ConnectError> error, Instant at);

    /** Housekeeping: removes sessions that expired before {@code expiredBefore}; returns how many. */
    int deleteExpiredBefore(Instant expiredBefore);
}
