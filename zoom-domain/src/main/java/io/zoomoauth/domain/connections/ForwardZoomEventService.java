package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.events.EventIds;
import io.zoomoauth.domain.events.EventOutbox;
import io.zoomoauth.domain.events.EventType;
import io.zoomoauth.domain.events.OutboxEvent;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantEvents;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.time.Clock;
import java.util.Optional;

/**
 * Forwards a Zoom event as {@code zoom.event}: its {@code zoomUserId} is the first candidate that is a connected
 * user, and its id is derived from Zoom's bytes, so Zoom's retries of one event are one event.
 */
public final class ForwardZoomEventService implements ForwardZoomEventUseCase {

    private final GrantStore grants;
    private final EventOutbox outbox;
    private final Clock clock;

    public ForwardZoomEventService(GrantStore grants, EventOutbox outbox, Clock clock) {
        this.grants = Check.notNull(grants, "grants");
        this.outbox = Check.notNull(outbox, "outbox");
        this.clock = Check.notNull(clock, "clock");
    }

    @Override
    public boolean forward(ZoomEventNotice notice) {
        Optional<Grant> concerned = notice.userCandidates().stream().filter(ZoomUserId::isValid).map(ZoomUserId::new)
                .map(grants::find).flatMap(Optional::stream).findFirst();
        return outbox.record(new OutboxEvent(EventIds.ofContent(notice.rawJson()), EventType.ZOOM_EVENT,
                clock.instant(), concerned.map(g -> g.userId().value()), notice.accountId(),
                concerned.map(GrantEvents::subjectOf), notice.rawJson()));
    }
}
