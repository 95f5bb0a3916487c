package io.zoomoauth.adapters.http.support;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.zoomoauth.domain.grant.ZoomAccountId;
import java.util.Map;
import java.util.Optional;

/**
 * Zoom's JSON for a domain record, both ways, without a JSON twin of it and with the domain left annotation-free:
 * the record is imported once, in its adapter, {@code @SerdeImport(value = X.class, mixin = ZoomNames.class)},
 * and the service writes its answers through the same import (or its own import with this mixin). A component's
 * JSON name is its own name unless it is listed here: Zoom's multi-word names, once, for every Zoom type (a name
 * a type lacks is ignored; a field here must have the component's exact type). They are listed because Serde
 * applies a naming strategy while it visits a type's properties at compile time, which it does not do for a type
 * imported with a mixin from another module: a {@code @Serdeable(naming = SnakeCaseStrategy.class)} here is
 * silently ignored (tried). Every field the record does not type is read into and written from
 * {@code otherFields}, inline and unchanged; an absent optional is left out. A component Zoom may leave out is an
 * {@code Optional}; a missing required one fails the record's own check, which names it.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ZoomNames {

    @JsonAnySetter
    @JsonAnyGetter
    Map<String, Object> otherFields;
    @JsonProperty("account_id")
    ZoomAccountId accountId;
    @JsonProperty("first_name")
    String firstName;
    @JsonProperty("last_name")
    String lastName;
    @JsonProperty("display_name")
    String displayName;
    @JsonProperty("start_time")
    Optional<String> startTime;
    @JsonProperty("join_url")
    Optional<String> joinUrl;

    private ZoomNames() {
    }
}
