package io.zoomoauth.domain.events;

/** Where an event is in its delivery. */
public enum EventStatus {
    /** Not delivered yet: waiting for its next attempt (or for an earlier event of the same user). */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt within the maximum age failed; {@code redeliver} queues it again. */
    FAILED
}
