package io.zoomoauth.domain.grant;

/** An optimistic write found a newer version of the grant than the one it started from. */
public final class GrantVersionConflict extends RuntimeException {

    public GrantVersionConflict(ZoomUserId userId, long expectedVersion) {
        super("Grant " + userId + " is no longer at version " + expectedVersion);
    }
}
