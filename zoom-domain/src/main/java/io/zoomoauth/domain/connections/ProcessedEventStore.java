package io.zoomoauth.domain.connections;

import java.time.Instant;

/** Out-port: webhook events already handled, so Zoom's retries of one event are handled once. */
public interface ProcessedEventStore {

    /**
     * Records the event if it was not recorded before.
     *
     * @param eventKey a stable identity of the event (e.g. type, user and event time)
     * @return true the first time a key is seen, false for a retry
     */
    boolean recordIfNew(String eventKey, String eventType, Instant receivedAt);

    /** Whether the event was recorded (and not yet forgotten by housekeeping). */
    boolean isRecorded(String eventKey);

    /** Housekeeping: forgets events received before {@code before}; returns how many. */
    int deleteReceivedBefore(Instant before);
}
