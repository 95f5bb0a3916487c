package io.zoomoauth.domain.events;

import java.time.Duration;

/** Out-port for what the delivery worker wants observed (metrics and logs live in the app). */
public interface DeliveryObserver {

    /** How one attempt ended: delivered, retry (will be tried again) or failed (gave up). */
    enum Outcome { DELIVERED, RETRY, FAILED }

    default void attempted(ClaimedEvent event, Outcome outcome, DeliveryAnswer answer) {
    }

    /** From the event's creation to the receiver's 2xx. */
    default void deliveredAfter(ClaimedEvent event, Duration sinceCreated) {
    }

    DeliveryObserver NONE = new DeliveryObserver() {
    };
}
