package io.zoomoauth.domain.events;

import java.util.List;
import java.util.Optional;

/** @param nextBefore where the next (older) page starts, when there is one */
public record EventPage(List<EventRecord> events, Optional<Long> nextBefore) {

    public EventPage {
        events = List.copyOf(events);
    }
}
