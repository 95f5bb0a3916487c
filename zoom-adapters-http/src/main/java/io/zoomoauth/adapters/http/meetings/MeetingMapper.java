package io.zoomoauth.adapters.http.meetings;

import static io.zoomoauth.adapters.http.support.JsonFields.asObject;
import static io.zoomoauth.adapters.http.support.JsonFields.intOr;
import static io.zoomoauth.adapters.http.support.JsonFields.optionalInt;
import static io.zoomoauth.adapters.http.support.JsonFields.optionalList;
import static io.zoomoauth.adapters.http.support.JsonFields.optionalNonBlank;
import static io.zoomoauth.adapters.http.support.JsonFields.optionalString;
import static io.zoomoauth.adapters.http.support.JsonFields.requiredLong;

import io.zoomoauth.domain.meetings.Meeting;
import io.zoomoauth.domain.meetings.MeetingChanges;
import io.zoomoauth.domain.meetings.MeetingDraft;
import io.zoomoauth.domain.meetings.MeetingId;
import io.zoomoauth.domain.meetings.MeetingListQuery;
import io.zoomoauth.domain.meetings.MeetingPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Meetings between Zoom's JSON and the domain. Typed fields are mapped by name; every other field goes both
 * ways unchanged through {@code otherFields}, so a field Zoom adds tomorrow needs no code here.
 */
final class MeetingMapper {

    private MeetingMapper() {
    }

    static Meeting toMeeting(Map<String, Object> json) {
        Map<String, Object> others = new LinkedHashMap<>(json);
        Meeting.TYPED_FIELDS.forEach(others::remove);
        return new Meeting(
                new MeetingId(requiredLong(json, "id")),
                optionalString(json, "topic").orElse(""),
                intOr(json, "type", 2),
                optionalString(json, "start_time"),
                optionalInt(json, "duration"),
                optionalString(json, "timezone"),
                optionalString(json, "join_url"),
                others);
    }

    /** Zoom's list page: {@code page_size}, {@code total_records}, {@code next_page_token} ("" on the last page). */
    static MeetingPage toPage(Map<String, Object> json) {
        List<Meeting> meetings = new ArrayList<>();
        for (Object item : optionalList(json, "meetings")) {
            meetings.add(toMeeting(asObject(item, "meetings[]")));
        }
        return new MeetingPage(meetings, intOr(json, "page_size", meetings.size()),
                intOr(json, "total_records", meetings.size()), optionalNonBlank(json, "next_page_token"));
    }

    static Map<String, Object> toJson(MeetingDraft draft) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("topic", draft.topic());
        json.put("type", draft.type());
        putPresent(json, "start_time", draft.startTime());
        putPresent(json, "duration", draft.duration());
        putPresent(json, "timezone", draft.timezone());
        putPresent(json, "agenda", draft.agenda());
        json.putAll(draft.otherFields());
        return json;
    }

    /** Only the fields present: PATCH leaves everything else as it is at Zoom. */
    static Map<String, Object> toJson(MeetingChanges changes) {
        Map<String, Object> json = new LinkedHashMap<>();
        putPresent(json, "topic", changes.topic());
        putPresent(json, "type", changes.type());
        putPresent(json, "start_time", changes.startTime());
        putPresent(json, "duration", changes.duration());
        putPresent(json, "timezone", changes.timezone());
        putPresent(json, "agenda", changes.agenda());
        json.putAll(changes.otherFields());
        return json;
    }

    static Map<String, String> toQuery(MeetingListQuery query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        query.type().ifPresent(type -> parameters.put("type", type));
        query.pageSize().ifPresent(size -> parameters.put("page_size", Integer.toString(size)));
        query.nextPageToken().ifPresent(token -> parameters.put("next_page_token", token));
        return parameters;
    }

    private static void putPresent(Map<String, Object> json, String name, Optional<?> value) {
        value.ifPresent(present -> json.put(name, present));
    }
}
