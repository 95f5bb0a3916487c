package io.zoomoauth.domain.events;

import io.zoomoauth.domain.common.Check;

/**
 * One delivery attempt: the body (the same bytes on every attempt) and the values of {@code X-Event-Id} and
 * {@code X-Event-Timestamp}; the receiver adapter signs exactly these bytes.
 */
public record EventDelivery(String eventId, long timestamp, byte[] body) {

    public EventDelivery {
        Check.notBlank(eventId, "eventId");
        Check.notNull(body, "body");
    }
}
