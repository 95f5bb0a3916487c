package io.zoomoauth.domain.events;

import io.zoomoauth.domain.common.Check;

/**
 * What goes on the wire: the body and the values of {@code X-Event-Id}, {@code X-Event-Timestamp} and
 * {@code X-Event-Signature}.
 */
public record SignedDelivery(String eventId, long timestamp, String signature, byte[] body) {

    public SignedDelivery {
        Check.notBlank(eventId, "eventId");
        Check.notBlank(signature, "signature");
        Check.notNull(body, "body");
    }
}
