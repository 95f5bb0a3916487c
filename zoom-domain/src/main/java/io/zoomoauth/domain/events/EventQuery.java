package io.zoomoauth.domain.events;

import io.zoomoauth.domain.common.Check;
import java.util.Optional;

/** A page of the audit trail, newest first; every filter is optional. */
public record EventQuery(Optional<String> zoomUserId, Optional<String> externalUserId, Optional<EventType> type,
                         Optional<EventStatus> status, int pageSize, Optional<Long> beforePosition) {

    public static final int MAX_PAGE_SIZE = 300;

    public EventQuery {
        Check.notNull(zoomUserId, "zoomUserId");
        Check.notNull(externalUserId, "externalUserId");
        Check.notNull(type, "type");
        Check.notNull(status, "status");
        Check.notNull(beforePosition, "beforePosition");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
