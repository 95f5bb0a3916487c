package io.zoomoauth.domain.error;

/** Zoom refused a refresh token ({@code invalid_grant} / {@code invalid_request}): rotated, revoked or expired. */
public final class InvalidGrant extends DomainFailure {

    private final String zoomReason;

    public InvalidGrant(String zoomReason, String trackingId) {
        super("Zoom rejected the refresh token: " + zoomReason, trackingId, null);
        this.zoomReason = zoomReason;
    }

    public String zoomReason() {
        return zoomReason;
    }
}
