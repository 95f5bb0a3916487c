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
 * annotation-free: serde imports with mixins. A component's JSON name is its own name unless a mixin names it
 * (Zoom's multi-word names, written here once); the untyped fields ({@code otherFields}) are written inline
 * unchanged; an id value type is written as its bare value. A new Zoom type answered by the service adds one
 * import here (and a mixin only if it has multi-word names).
 */
@SerdeImport(value = Meeting.class, mixin = WebJson.MeetingNames.class)
@SerdeImport(value = ZoomUser.class, mixin = WebJson.UserNames.class)
@SerdeImport(value = MeetingId.class, mixin = WebJson.NumberId.class)
@SerdeImport(value = ZoomUserId.class, mixin = WebJson.TextId.class)
@SerdeImport(value = ZoomAccountId.class, mixin = WebJson.TextId.class)
final class WebJson {

    private WebJson() {
    }

    // Each mixin carries the any-getter itself: serde does not inherit it from a mixin's superclass.

    /** Typed components, then Zoom's other fields inline; absent optionals are left out. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class MeetingNames {
        @JsonAnyGetter
        Map<String, Object> otherFields;
        @JsonProperty("start_time")
        Optional<String> startTime;
        @JsonProperty("join_url")
        Optional<String> joinUrl;
    }

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class UserNames {
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
