package io.zoomoauth.domain.listings;

import io.zoomoauth.domain.common.Check;
import java.util.Optional;
import java.util.regex.Pattern;

/** Zoom's paging parameters ({@code page_size} 1–300, {@code next_page_token}), validated before Zoom is asked. */
public record PageQuery(Optional<Integer> pageSize, Optional<String> nextPageToken) {

    public static final int MAX_PAGE_SIZE = 300;
    private static final Pattern PAGE_TOKEN = Pattern.compile("[A-Za-z0-9_\\-.~=+/]{1,512}");

    public PageQuery {
        Check.notNull(pageSize, "page_size").ifPresent(size -> {
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("page_size must be between 1 and " + MAX_PAGE_SIZE);
            }
        });
        Check.notNull(nextPageToken, "next_page_token")
                .ifPresent(token -> Check.matches(token, PAGE_TOKEN, "next_page_token", "a Zoom paging token"));
    }

    /** From query values as a caller sent them; an empty token means the first page. */
    public static PageQuery of(Integer pageSize, String nextPageToken) {
        return new PageQuery(Optional.ofNullable(pageSize), Optional.ofNullable(nextPageToken).filter(t -> !t.isEmpty()));
    }
}
