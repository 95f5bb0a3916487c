package io.zoomoauth.domain.meetings;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.listings.PageQuery;
import java.util.Optional;
import java.util.Set;

/** Zoom's paging parameters for {@code GET /users/{userId}/meetings}, validated. */
public record MeetingListQuery(Optional<String> type, Optional<Integer> pageSize, Optional<String> nextPageToken) {

    private static final Set<String> TYPES =
            Set.of("scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings");

    public MeetingListQuery {
        Check.notNull(type, "type").ifPresent(t -> {
            if (!TYPES.contains(t)) {
                throw new IllegalArgumentException("type must be one of " + new java.util.TreeSet<>(TYPES));
            }
        });
        // Zoom's paging rules, the same for every list.
        new PageQuery(pageSize, nextPageToken);
    }

    public static MeetingListQuery firstPage() {
        return new MeetingListQuery(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
