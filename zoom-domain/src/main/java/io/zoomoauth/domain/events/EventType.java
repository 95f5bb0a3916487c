package io.zoomoauth.domain.events;

import java.util.Arrays;
import java.util.Optional;

/** What an event to the organisation's backend reports; {@link #wireName()} is its {@code type}. */
public enum EventType {
    CONNECTION_CREATED("connection.created"),
    CONNECTION_RECONNECTED("connection.reconnected"),
    CONNECTION_REAUTHORIZATION_REQUIRED("connection.reauthorization_required"),
    CONNECTION_DELETED("connection.deleted"),
    ZOOM_EVENT("zoom.event");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
