package io.zoomoauth.domain.meetings;

import io.zoomoauth.domain.common.Check;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Zoom's paging parameters for {@code GET /users/{userId}/meetings}, validated. */
public record MeetingListQuery(Optional<String> type, Optional<Integer> pageSize, Optional<String> nextPageToken) {

    private static final Set<String> TYPES =
            Set.of("scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings");
    private static final Pattern PAGE_TOKEN = Pattern.compile("[A-Za-z0-9_\\-.~=+/]{1,512}");

    public MeetingListQuery {
        Check.notNull(type, "type").ifPresent(t -> {
            if (!TYPES.contains(t)) {
                throw new IllegalArgumentException("type must be one of " + new java.util.TreeSet<>(TYPES));
            }
        });
        Check.notNull(pageSize, "page_size").ifPresent(size -> {
            if (size < 1 || size > 300) {
                throw new IllegalArgumentException("page_size must be between 1 and 300");
            }
        });
        Check.notNull(nextPageToken, "next_page_token")
                .ifPresent(token -> Check.matches(token, PAGE_TOKEN, "next_page_token", "a Zoom paging token"));
    }

    public static MeetingListQuery firstPage() {
        return new MeetingListQuery(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
