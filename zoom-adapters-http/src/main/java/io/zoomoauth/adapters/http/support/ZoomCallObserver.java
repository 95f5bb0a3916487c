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
}
