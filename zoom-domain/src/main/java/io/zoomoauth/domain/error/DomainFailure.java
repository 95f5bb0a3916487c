package io.zoomoauth.domain.error;

import java.util.Optional;

/**
 * The closed set of failures the domain understands. Adapters translate whatever Zoom or the store answers
 * into one of these; the service's single exception handler turns them into HTTP answers.
 * Messages never contain a token, a secret or a start_url.
 */
public abstract sealed class DomainFailure extends RuntimeException
        permits InvalidGrant, InvalidClient, AuthorizationCodeRejected, AuthorizationStateRejected,
        AccessTokenRejected, RateLimited, ZoomUnavailable, ZoomApiError, NotConnected, ReauthorizationRequired,
        GrantUnreadable, ServiceBusy, ZoomBusy {

    private final String trackingId;

    protected DomainFailure(String message, String trackingId, Throwable cause) {
        super(message, cause);
        this.trackingId = trackingId;
    }

    /** Zoom's {@code x-zm-trackingid} of the answer that caused this failure, when there was one. */
    public Optional<String> trackingId() {
        return Optional.ofNullable(trackingId);
    }
}
