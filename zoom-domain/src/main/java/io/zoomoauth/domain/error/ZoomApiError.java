package io.zoomoauth.domain.error;

import java.util.OptionalInt;

/** Any other 4xx answer of the Zoom API, with Zoom's own code and message (e.g. 3001 meeting not found). */
public final class ZoomApiError extends DomainFailure {

    private final int httpStatus;
    private final Integer zoomCode;
    private final String zoomMessage;

    public ZoomApiError(int httpStatus, Integer zoomCode, String zoomMessage, String trackingId) {
        super("Zoom answered " + httpStatus + (zoomCode == null ? "" : " code " + zoomCode) + ": " + zoomMessage,
                trackingId, null);
        this.httpStatus = httpStatus;
        this.zoomCode = zoomCode;
        this.zoomMessage = zoomMessage;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public OptionalInt zoomCode() {
        return zoomCode == null ? OptionalInt.empty() : OptionalInt.of(zoomCode);
    }

    public String zoomMessage() {
        return zoomMessage;
    }
}
