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
        List<R> items = items() == null ? List.of() : items().stream().map(mapping).toList();
        return new Page<>(items, pageSize() == null ? items.size() : pageSize(),
                totalRecords() == null ? items.size() : totalRecords(),
                Optional.ofNullable(nextPageToken()).filter(token -> !token.isBlank()));
    }
}
