package io.zoomoauth.app.web;

import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.SerdeImport;
import io.zoomoauth.adapters.http.support.ZoomNames;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.meetings.Meeting;
import io.zoomoauth.domain.meetings.MeetingId;
import io.zoomoauth.domain.users.ZoomUser;

/**
 * How the domain's Zoom types become the service's JSON, without hand-built maps and with the domain left
 * annotation-free: serde imports with mixins. Zoom's field names come from the adapters' {@link ZoomNames}, the
 * one list of them for reading and writing; the untyped fields ({@code otherFields}) are written inline
 * unchanged; an id value type is written as its bare value. A Zoom type that an adapter reads without a JSON twin
 * (a per-user list's item, e.g. {@code Webinar}) is imported once, by that adapter, and needs nothing here.
 */
@SerdeImport(value = Meeting.class, mixin = ZoomNames.class)
@SerdeImport(value = ZoomUser.class, mixin = ZoomNames.class)
@SerdeImport(value = MeetingId.class, mixin = WebJson.NumberId.class)
@SerdeImport(value = ZoomUserId.class, mixin = WebJson.TextId.class)
@SerdeImport(value = ZoomAccountId.class, mixin = WebJson.TextId.class)
final class WebJson {

    private WebJson() {
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
