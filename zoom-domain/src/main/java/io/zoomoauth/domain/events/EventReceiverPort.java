package io.zoomoauth.domain.events;

/** Out-port: the organisation's receiver ({@code ZOOM_EVENTS_URL}); the adapter signs each delivery. */
public interface EventReceiverPort {

    /**
     * Signs and POSTs one event. Never throws for what the receiver (or the network) does: every outcome, a
     * status, a timeout or a refused connection, is an answer.
     */
    DeliveryAnswer post(EventDelivery delivery);
}
