package io.zoomoauth.adapters.persistence.connect;

import io.zoomoauth.adapters.persistence.jdbc.StorageBoundary;
import io.zoomoauth.adapters.persistence.jdbc.TagsJson;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimes;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.connect.ConnectError;
import io.zoomoauth.domain.connect.ConnectSession;
import io.zoomoauth.domain.connect.ConnectSessionId;
import io.zoomoauth.domain.connect.ConnectSessionStatus;
import io.zoomoauth.domain.connect.ConnectSessionStore;
import io.zoomoauth.domain.grant.ExternalUserId;
import io.zoomoauth.domain.grant.ZoomUserId;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** {@link ConnectSessionStore} on {@code connect_session}. */
@Singleton
@StorageBoundary
class ConnectSessionStoreAdapter implements ConnectSessionStore {

    private static final int MAX_RETURN_TO_LENGTH = 2048;

    private final ConnectSessionRepository sessions;

    ConnectSessionStoreAdapter(ConnectSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public void save(ConnectSession session) {
        Check.notNull(session, "session");
        String returnTo = session.returnTo().map(URI::toString).orElse(null);
        if (returnTo != null && returnTo.length() > MAX_RETURN_TO_LENGTH) {
            throw new IllegalArgumentException("returnTo must be at most " + MAX_RETURN_TO_LENGTH + " characters");
        }
        sessions.save(new ConnectSessionRow(session.id().value(), session.tokenHash(), session.externalUserId().value(),
                returnTo, TagsJson.write(session.tags()), session.status().name(),
                session.zoomUserId().map(ZoomUserId::value).orElse(null),
                session.error().map(ConnectError::name).orElse(null), UtcDateTimes.truncate(session.createdAt()),
                UtcDateTimes.truncate(session.expiresAt()), session.finishedAt().map(UtcDateTimes::truncate).orElse(null)));
    }

    @Override
    public Optional<ConnectSession> find(ConnectSessionId id) {
        Check.notNull(id, "id");
        return sessions.findById(id.value()).map(ConnectSessionStoreAdapter::toSession);
    }

    @Override
    public Optional<ConnectSession> findByTokenHash(String tokenHash) {
        Check.notBlank(tokenHash, "tokenHash");
        return sessions.findByTokenHash(tokenHash).map(ConnectSessionStoreAdapter::toSession);
    }

    @Override
    public boolean finish(ConnectSessionId id, ConnectSessionStatus status, Optional<ZoomUserId> zoomUserId,
                          Optional<ConnectError> error, Instant at) {
        Check.notNull(id, "id");
        Check.notNull(status, "status");
        Check.notNull(at, "at");
        if (status == ConnectSessionStatus.PENDING || status == ConnectSessionStatus.EXPIRED) {
            throw new IllegalArgumentException("a session ends COMPLETED, FAILED or CANCELLED");
        }
        return sessions.finish(id.value(), status.name(), zoomUserId.map(ZoomUserId::value).orElse(null),
                error.map(ConnectError::name).orElse(null), UtcDateTimes.format(at)) == 1;
    }

    @Override
    public int deleteExpiredBefore(Instant expiredBefore) {
        Check.notNull(expiredBefore, "expiredBefore");
        return sessions.deleteExpiredBefore(UtcDateTimes.formatUpperBound(expiredBefore));
    }

    private static ConnectSession toSession(ConnectSessionRow row) {
        return new ConnectSession(new ConnectSessionId(row.id()), row.tokenHash(), new ExternalUserId(row.externalUserId()),
                Optional.ofNullable(row.returnTo()).map(URI::create), TagsJson.read(row.tags()),
                row.createdAt(), row.expiresAt(), ConnectSessionStatus.valueOf(row.status()),
                Optional.ofNullable(row.zoomUserId()).map(ZoomUserId::new),
                Optional.ofNullable(row.errorCode()).map(ConnectError::valueOf), Optional.ofNullable(row.finishedAt()));
    }
}
