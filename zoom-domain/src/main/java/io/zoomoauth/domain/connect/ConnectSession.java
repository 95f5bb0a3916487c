package io.zoomoauth.domain.connect;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.grant.ConnectionTags;
import io.zoomoauth.domain.grant.ExternalUserId;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A connection started by the organisation's backend for one of its users: the link's token (as a hash),
 * where the browser goes back to, the tags for the connection, and how it ended.
 *
 * @param status PENDING, COMPLETED, FAILED or CANCELLED as stored; see {@link #statusAt} for EXPIRED
 */
public record ConnectSession(ConnectSessionId id, String tokenHash, ExternalUserId externalUserId,
                             Optional<URI> returnTo, ConnectionTags tags, Instant createdAt, Instant expiresAt,
                             ConnectSessionStatus status, Optional<ZoomUserId> zoomUserId,
                             Optional<ConnectError> error, Optional<Instant> finishedAt) {

    public ConnectSession {
        Check.notNull(id, "id");
        Check.notBlank(tokenHash, "tokenHash");
        Check.notNull(externalUserId, "externalUserId");
        Check.notNull(returnTo, "returnTo");
        Check.notNull(tags, "tags");
        Check.notNull(createdAt, "createdAt");
        Check.notNull(expiresAt, "expiresAt");
        Check.notNull(status, "status");
        Check.notNull(zoomUserId, "zoomUserId");
        Check.notNull(error, "error");
        Check.notNull(finishedAt, "finishedAt");
        if (status == ConnectSessionStatus.EXPIRED) {
            throw new IllegalArgumentException("status EXPIRED is derived, never stored");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("expiresAt must be after createdAt");
        }
        if ((status == ConnectSessionStatus.PENDING) == finishedAt.isPresent()) {
            throw new IllegalArgumentException("finishedAt is set exactly when the session is no longer pending");
        }
    }

    public static ConnectSession start(ConnectSessionId id, ConnectToken token, ExternalUserId externalUserId,
                                       Optional<URI> returnTo, ConnectionTags tags, Instant now, Instant expiresAt) {
        return new ConnectSession(id, token.hash(), externalUserId, returnTo, tags, now, expiresAt,
                ConnectSessionStatus.PENDING, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public ConnectSessionStatus statusAt(Instant now) {
        return status == ConnectSessionStatus.PENDING && isExpired(now) ? ConnectSessionStatus.EXPIRED : status;
    }

    /** Why the link can no longer start a flow at {@code now}, if it cannot. */
    public Optional<ConnectError> refusalToOpen(Instant now) {
        return refusal(statusAt(now));
    }

    /**
     * Why a flow that was started in time can no longer complete it. Expiry does not count here: the flow's own
     * authorization request (10 minutes) bounds it, so a user on the consent page at expiry is not turned away.
     */
    public Optional<ConnectError> refusalToComplete() {
        return refusal(status);
    }

    private static Optional<ConnectError> refusal(ConnectSessionStatus status) {
        return switch (status) {
            case PENDING -> Optional.empty();
            case COMPLETED, FAILED -> Optional.of(ConnectError.SESSION_USED);
            case CANCELLED -> Optional.of(ConnectError.SESSION_CANCELLED);
            case EXPIRED -> Optional.of(ConnectError.SESSION_EXPIRED);
        };
    }
}
