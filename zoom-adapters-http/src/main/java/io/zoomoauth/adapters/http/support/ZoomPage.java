package io.zoomoauth.adapters.http.support;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.zoomoauth.domain.listings.Page;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Any of Zoom's list pages, one record for all of them: the paging fields, and every other field kept as JSON
 * until the listing says which one holds its items ({@code webinars}, {@code recordings}, …). Zoom's other page
 * fields ({@code page_count}, {@code from}, …) are therefore ignored whatever their type.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ZoomPage(@Nullable Integer pageSize, @Nullable Integer totalRecords, @Nullable String nextPageToken,
                       @JsonAnySetter @Nullable Map<String, JsonNode> otherFields) {

    /** The page with the items under {@code key}, read by {@code items}; no such field is an empty page. */
    public <T> Page<T> toPage(String key, Function<JsonNode, List<T>> items) {
        JsonNode node = otherFields == null ? null : otherFields.get(key);
        return ZoomPageJson.page(pageSize, totalRecords, nextPageToken,
                node == null || node.isNull() ? List.of() : items.apply(node));
    }
}
