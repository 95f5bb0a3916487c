package io.zoomoauth.domain.events;

import io.zoomoauth.domain.common.Check;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whom an event concerns in the organisation's own terms: its id for the user and the tags it attached to
 * the connection. Tags are kept sorted so an event's body is the same however the map was built.
 */
public record EventSubject(Optional<String> externalUserId, Map<String, String> tags) {

    public static final EventSubject NONE = new EventSubject(Optional.empty(), Map.of());

    public EventSubject {
        Check.notNull(externalUserId, "externalUserId");
        externalUserId.ifPresent(id -> Check.maxLength(id, 255, "externalUserId"));
        Check.notNull(tags, "tags");
        tags = java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
    }
}
