package io.zoomoauth.domain.listings;

import io.zoomoauth.domain.common.Check;
import java.util.List;
import java.util.Optional;

/** One page of a Zoom list; {@code nextPageToken} is empty on the last page. */
public record Page<T>(List<T> items, int pageSize, int totalRecords, Optional<String> nextPageToken) {

    public Page {
        items = List.copyOf(Check.notNull(items, "items"));
        Check.notNull(nextPageToken, "nextPageToken");
    }
}
