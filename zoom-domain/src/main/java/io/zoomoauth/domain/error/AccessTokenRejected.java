package io.zoomoauth.domain.error;

/** Zoom answered 401 with code 124: the access token is invalid or expired. Refresh once, retry once. */
public final class AccessTokenRejected extends DomainFailure {

    public AccessTokenRejected(String trackingId) {
        super("Zoom rejected the access token (code 124)", trackingId, null);
    }
}
