package io.zoomoauth.domain.error;

/** The callback's {@code state} is unknown, expired or already used: nothing is sent to Zoom. */
public final class AuthorizationStateRejected extends DomainFailure {

    public AuthorizationStateRejected(String why) {
        super("The authorization request is " + why + "; start the connection again", null, null);
    }
}
