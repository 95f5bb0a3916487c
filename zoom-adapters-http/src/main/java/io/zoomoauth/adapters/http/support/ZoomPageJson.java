package io.zoomoauth.adapters.http.support;

import io.zoomoauth.domain.listings.Page;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Zoom's list pages: {@code page_size}, {@code total_records}, {@code next_page_token} ("" on the last page) and
 * the items under a key of their own ({@code meetings}, {@code webinars}, …), which each page record names.
 */
public interface ZoomPageJson<T> {

    Integer pageSize();

    Integer totalRecords();

    String nextPageToken();

    /** The page's items, or null when Zoom sent none. */
    List<T> items();

    default <R> Page<R> toPage(Function<T, R> mapping) {
        return page(pageSize(), totalRecords(), nextPageToken(),
                items() == null ? List.<R>of() : items().stream().map(mapping).toList());
    }

    /** A domain page from Zoom's paging fields, any of which Zoom may leave out. */
    static <R> Page<R> page(Integer pageSize, Integer totalRecords, String nextPageToken, List<R> items) {
        return new Page<>(items, pageSize == null ? items.size() : pageSize,
                totalRecords == null ? items.size() : totalRecords,
                Optional.ofNullable(nextPageToken).filter(token -> !token.isBlank()));
    }
}
