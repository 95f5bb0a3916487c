package io.zoomoauth.domain.listings;

import io.zoomoauth.domain.common.Chars;
import io.zoomoauth.domain.common.Check;
import java.util.Optional;

/** Zoom's paging parameters ({@code page_size} 1–300, {@code next_page_token}), validated before Zoom is asked. */
public record PageQuery(Optional<Integer> pageSize, Optional<String> nextPageToken) {

    public static final int MAX_PAGE_SIZE = 300;
    /** {@code [A-Za-z0-9_.~=+/-]}, 1 to 512 of them. */
    private static final Chars.CharClass PAGE_TOKEN = c -> Chars.URL_SAFE.contains(c) || ".~=+/".indexOf(c) >= 0;

    public PageQuery {
        Check.notNull(pageSize, "page_size").ifPresent(size -> {
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("page_size must be between 1 and " + MAX_PAGE_SIZE);
            }
        });
        Check.notNull(nextPageToken, "next_page_token")
                .ifPresent(token -> Chars.require(token, Chars.all(token, 1, 512, PAGE_TOKEN), "next_page_token",
                        "a Zoom paging token"));
    }

    /** From query values as a caller sent them; an empty token means the first page. */
    public static PageQuery of(Integer pageSize, String nextPageToken) {
        return new PageQuery(Optional.ofNullable(pageSize), Optional.ofNullable(nextPageToken).filter(t -> !t.isEmpty()));
    }
}
