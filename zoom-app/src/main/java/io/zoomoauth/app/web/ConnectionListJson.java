package io.zoomoauth.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of connections; {@code next_page_token} is empty on the last page (Zoom's own paging style). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ConnectionList")
public record ConnectionListJson(List<ConnectionJson> connections,
                                 @JsonProperty("next_page_token") String nextPageToken) {
}
