package io.zoomoauth.domain.grant;

/**
 * A version-fenced write found the grant changed underneath it: the version moved on or the grant vanished.
 * Reported to the caller, never silently overwritten.
 */
public final class RefreshFenceLost extends RuntimeException {

    public RefreshFenceLost(ZoomUserId userId, String detail) {
        super("The fenced write lost the race for grant " + userId + ": " + detail);
    }
}
