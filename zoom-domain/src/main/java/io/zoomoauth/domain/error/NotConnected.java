package io.zoomoauth.domain.error;

/** No grant is stored for the user, and no Server-to-Server credentials can stand in. */
public final class NotConnected extends DomainFailure {

    public NotConnected(String userRef) {
        super("No Zoom connection for user " + userRef, null, null);
    }

    /** @param why why nothing else stands in (never a secret) */
    public NotConnected(String userRef, String why) {
        super("No Zoom connection for user " + userRef + ": " + why, null, null);
    }
}
