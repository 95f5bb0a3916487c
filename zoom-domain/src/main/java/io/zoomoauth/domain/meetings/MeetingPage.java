package io.zoomoauth.domain.meetings;

import io.zoomoauth.domain.common.Check;
import java.util.List;
import java.util.Optional;

/** One page of a user's meetings; {@code nextPageToken} is empty on the last page. */
public record MeetingPage(List<Meeting> meetings, int pageSize, int totalRecords, Optional<String> nextPageToken) {

    public MeetingPage {
        meetings = List.copyOf(Check.notNull(meetings, "meetings"));
        Check.notNull(nextPageToken, "nextPageToken");
    }
}
