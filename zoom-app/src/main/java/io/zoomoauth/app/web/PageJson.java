package io.zoomoauth.app.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.zoomoauth.domain.listings.Page;
import java.util.List;
import java.util.Map;

/**
 * Every list the service answers, in Zoom's own page shape: {@code page_size}, {@code total_records},
 * {@code next_page_token} ("" on the last page, as Zoom sends it) and the items under Zoom's key for them
 * ({@code meetings}, {@code webinars}, …).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageJson<T>(int pageSize, int totalRecords, String nextPageToken,
                          @JsonAnyGetter Map<String, List<T>> items) {

    public static <T> PageJson<T> of(String key, Page<T> page) {
        return new PageJson<>(page.pageSize(), page.totalRecords(), page.nextPageToken().orElse(""),
                Map.of(key, page.items()));
    }
}
