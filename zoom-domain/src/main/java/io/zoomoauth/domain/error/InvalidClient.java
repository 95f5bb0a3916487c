package io.zoomoauth.domain.error;

/** Zoom rejected our client credentials (invalid_client, 4702, 4704): a configuration error, not a user's. */
public final class InvalidClient extends DomainFailure {

    public InvalidClient(String detail, String trackingId) {
        super("Zoom rejected the app's client credentials: " + detail, trackingId, null);
    }
}
