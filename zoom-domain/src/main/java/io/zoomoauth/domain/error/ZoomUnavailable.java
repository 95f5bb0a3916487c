package io.zoomoauth.domain.error;

import java.util.OptionalInt;

/** Zoom could not be reached or answered 5xx: a timeout, a refused or reset connection, a server error. */
public final class ZoomUnavailable extends DomainFailure {

    private final Integer httpStatus;

    public ZoomUnavailable(String detail, Integer httpStatus, String trackingId, Throwable cause) {
        super("Zoom is unavailable: " + detail, trackingId, cause);
        this.httpStatus = httpStatus;
    }

    public ZoomUnavailable(String detail) {
        this(detail, null, null, null);
    }

    /** Zoom's status when it answered (5xx); empty for timeouts and connection failures. */
    public OptionalInt httpStatus() {
        return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }
}
