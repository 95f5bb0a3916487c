package io.zoomoauth.domain.error;

/** The user's grant can no longer be refreshed; the user has to connect again. */
public final class ReauthorizationRequired extends DomainFailure {

    private final String reason;

    public ReauthorizationRequired(String userId, String reason) {
        super("The Zoom connection of user " + userId + " must be authorized again: " + reason, null, null);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
