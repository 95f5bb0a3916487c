package io.zoomoauth.adapters.http.support;

import java.time.Duration;

/**
 * Told about every attempt to reach Zoom (each retry counts), so the application can keep metrics without
 * this adapter depending on a metrics library. Implementations must be fast and must not throw.
 */
public interface ZoomCallObserver {

    /**
     * @param method       HTTP method
     * @param pathTemplate the path template, e.g. {@code /v2/meetings/{meetingId}} (never a concrete id or query)
     * @param status       Zoom's status, or 0 when no answer came (timeout, refused or dropped connection)
     */
    void attempted(String method, String pathTemplate, int status, Duration duration);

    /**
     * A call refused before it was sent, because no pooled connection came free in time ({@code zoom_busy}); not an
     * attempt, so {@link #attempted} is not told.
     *
     * @param call the method and path template, e.g. {@code GET /users/me}, or {@code proxy GET /users/me}
     */
    default void refusedForNoConnection(String method, String call) {
    }

    /**
     * How long a call waited between being issued and its request being written to a connection to Zoom: for a free
     * pooled connection, or for a new one to be opened (TCP and TLS). See {@link ZoomConnectionMeter}.
     */
    default void waitedForConnection(Duration waited) {
    }
}
