package io.zoomoauth.domain.grant;

/**
 * A fenced write found the grant changed underneath it: the lease was taken over (it expired) or the
 * version moved on. Reported to the caller, never silently overwritten.
 */
public final class RefreshFenceLost extends RuntimeException {

    public RefreshFenceLost(ZoomUserId userId, String detail) {
        super("Lost the refresh lease of grant " + userId + ": " + detail);
    }
}
