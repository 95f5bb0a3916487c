package io.zoomoauth.app.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.SerdeImport;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.meetings.Meeting;
import io.zoomoauth.domain.meetings.MeetingId;
import io.zoomoauth.domain.users.ZoomUser;
import java.util.Map;
import java.util.Optional;

/**
 * How the domain's Zoom types become the service's JSON, without hand-built maps and with the domain left
 * annotation-free: serde imports with mixins. A component's JSON name is its own name unless {@link ZoomNames}
 * names it (Zoom's multi-word names, written here once); the untyped fields ({@code otherFields}) are written
 * inline unchanged; an id value type is written as its bare value. A new Zoom type answered by the service is
 * imported where it is answered, {@code @SerdeImport(value = X.class, mixin = WebJson.ZoomNames.class)} on its
 * controller, and adds its multi-word names to {@link ZoomNames} if they are new.
 */
@SerdeImport(value = Meeting.class, mixin = WebJson.ZoomNames.class)
@SerdeImport(value = ZoomUser.class, mixin = WebJson.ZoomNames.class)
@SerdeImport(value = MeetingId.class, mixin = WebJson.NumberId.class)
@SerdeImport(value = ZoomUserId.class, mixin = WebJson.TextId.class)
@SerdeImport(value = ZoomAccountId.class, mixin = WebJson.TextId.class)
final class WebJson {

    private WebJson() {
    }

    /**
     * Zoom's multi-word field names, once, for every Zoom type the service answers (a name the type lacks is
     * ignored); then Zoom's other fields inline; absent optionals are left out.
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class ZoomNames {
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
    }

    abstract static class NumberId {
        @JsonValue
        long value;
    }

    abstract static class TextId {
        @JsonValue
        String value;
    }
}
