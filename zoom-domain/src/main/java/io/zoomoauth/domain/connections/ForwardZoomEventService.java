package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.events.EventIds;
import io.zoomoauth.domain.events.EventOutbox;
import io.zoomoauth.domain.events.EventType;
import io.zoomoauth.domain.events.OutboxEvent;
import io.zoomoauth.domain.grant.GrantEvents;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.time.Clock;
import java.util.Optional;

/**
 * Forwards a Zoom event as {@code zoom.event}: its {@code zoomUserId} is the first candidate that is a connected
 * user, and its id is derived from Zoom's bytes, so Zoom's retries of one event are one event.
 */
public final class ForwardZoomEventService implements ForwardZoomEventUseCase {

    private final ConnectionDirectory connections;
    private final EventOutbox outbox;
    private final Clock clock;

    public ForwardZoomEventService(ConnectionDirectory connections, EventOutbox outbox, Clock clock) {
        this.connections = Check.notNull(connections, "connections");
        this.outbox = Check.notNull(outbox, "outbox");
        this.clock = Check.notNull(clock, "clock");
    }

    @Override
    public boolean forward(ZoomEventNotice notice) {
        // Read without decrypting: forwarding never depends on a grant's tokens being readable.
        Optional<ConnectionView> concerned = notice.userCandidates().stream().filter(ZoomUserId::isValid)
                .map(ZoomUserId::new).map(connections::findConnection).flatMap(Optional::stream).findFirst();
        return outbox.record(new OutboxEvent(EventIds.ofContent(notice.rawJson()), EventType.ZOOM_EVENT,
                clock.instant(), concerned.map(g -> g.userId().value()), notice.accountId(),
                concerned.map(c -> GrantEvents.subjectOf(c.link())), notice.rawJson()));
    }
}
