package io.zoomoauth.domain.access;

/** In-port: refresh dormant grants before Zoom lets their refresh tokens lapse. */
public interface KeepAliveUseCase {

    /** What one batch did. */
    record BatchResult(int due, int refreshed, int reauthorizationRequired, int failed) {
    }

    /** Refreshes at most {@code batchSize} due grants, pausing between Zoom calls; returns what happened. */
    BatchResult runBatch();
}
