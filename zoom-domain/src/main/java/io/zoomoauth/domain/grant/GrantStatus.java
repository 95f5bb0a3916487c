package io.zoomoauth.domain.grant;

/** Whether a grant can still be used. */
public enum GrantStatus {
    /** Tokens are usable or refreshable. */
    ACTIVE,
    /** Zoom refused the refresh token (rotated elsewhere, revoked, expired): the user must connect again. */
    REAUTHORIZATION_REQUIRED
}
