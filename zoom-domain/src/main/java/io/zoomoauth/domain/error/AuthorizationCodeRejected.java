package io.zoomoauth.domain.error;

/** Zoom refused an authorization code (expired, used, wrong redirect_uri or verifier): start again. */
public final class AuthorizationCodeRejected extends DomainFailure {

    private final String zoomReason;

    public AuthorizationCodeRejected(String zoomReason, String trackingId) {
        super("Zoom rejected the authorization code: " + zoomReason, trackingId, null);
        this.zoomReason = zoomReason;
    }

    public String zoomReason() {
        return zoomReason;
    }
}
