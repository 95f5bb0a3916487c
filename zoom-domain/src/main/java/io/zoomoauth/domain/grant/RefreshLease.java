package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Check;
import java.time.Instant;

/**
 * The right, held by one caller in one process, to refresh one grant. It is a row-level lease in the
 * store, not a database lock or transaction, so nothing is held open while Zoom is called. Its expiry is
 * longer than the Zoom call's timeout; an expired lease (crashed instance) can be taken over.
 *
 * @param owner           unique per acquisition (instance id plus random suffix)
 * @param grantVersion    the version of the grant when the lease was taken: the fence for the write
 * @param takenOver       the lease was claimed from a holder whose lease had expired (a crashed or stalled instance)
 */
public record RefreshLease(ZoomUserId userId, String owner, long grantVersion, Instant expiresAt, boolean takenOver) {

    public RefreshLease(ZoomUserId userId, String owner, long grantVersion, Instant expiresAt) {
        this(userId, owner, grantVersion, expiresAt, false);
    }

    public RefreshLease {
        Check.notNull(userId, "userId");
        Check.notBlank(owner, "owner");
        Check.maxLength(owner, 100, "owner");
        Check.notNull(expiresAt, "expiresAt");
    }
}
