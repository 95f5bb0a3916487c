package io.zoomoauth.domain.events;

/** Out-port: the organisation's receiver ({@code ZOOM_EVENTS_URL}). */
public interface EventReceiverPort {

    /**
     * POSTs one signed event. Never throws for what the receiver (or the network) does: every outcome, a
     * status, a timeout or a refused connection, is an answer.
     */
    DeliveryAnswer post(SignedDelivery delivery);
}
