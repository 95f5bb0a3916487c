package io.zoomoauth.domain.error;

/** No grant is stored for the user, and no Server-to-Server credentials can stand in. */
public final class NotConnected extends DomainFailure {

    public NotConnected(String userRef) {
        super("No Zoom connection for user " + userRef, null, null);
    }
}
