package io.zoomoauth.adapters.http.meetings;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.zoomoauth.adapters.http.support.ZoomPageJson;
import io.zoomoauth.domain.meetings.Meeting;
import io.zoomoauth.domain.meetings.MeetingChanges;
import io.zoomoauth.domain.meetings.MeetingDraft;
import io.zoomoauth.domain.meetings.MeetingId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Zoom's meeting object, both ways. Typed fields are named once, as components (snake_case on the wire); every
 * other field passes through {@code otherFields} unchanged, so a field Zoom adds tomorrow needs no code here.
 * Absent fields are not sent: a PATCH leaves everything else as it is at Zoom.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record MeetingJson(@Nullable Long id, @Nullable String topic, @Nullable Integer type, @Nullable String startTime,
                   @Nullable Integer duration, @Nullable String timezone, @Nullable String agenda,
                   @Nullable String joinUrl, @JsonAnySetter @JsonAnyGetter @Nullable Map<String, Object> otherFields) {

    static MeetingJson of(MeetingDraft draft) {
        return new MeetingJson(null, draft.topic(), draft.type(), draft.startTime().orElse(null),
                draft.duration().orElse(null), draft.timezone().orElse(null), draft.agenda().orElse(null), null,
                draft.otherFields());
    }

    static MeetingJson of(MeetingChanges changes) {
        return new MeetingJson(null, changes.topic().orElse(null), changes.type().orElse(null),
                changes.startTime().orElse(null), changes.duration().orElse(null), changes.timezone().orElse(null),
                changes.agenda().orElse(null), null, changes.otherFields());
    }

    Meeting toMeeting() {
        if (id == null) {
            throw new IllegalArgumentException("id is missing");
        }
        // The domain's Meeting does not type the agenda: it travels with the other fields.
        Map<String, Object> others = new LinkedHashMap<>(otherFields == null ? Map.of() : otherFields);
        if (agenda != null) {
            others.put("agenda", agenda);
        }
        return new Meeting(new MeetingId(id), topic == null ? "" : topic, type == null ? 2 : type,
                Optional.ofNullable(startTime), Optional.ofNullable(duration), Optional.ofNullable(timezone),
                Optional.ofNullable(joinUrl), others);
    }

    /** A page of {@code GET /users/{userId}/meetings}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Page(@Nullable Integer pageSize, @Nullable Integer totalRecords, @Nullable String nextPageToken,
                @Nullable List<MeetingJson> meetings) implements ZoomPageJson<MeetingJson> {

        @Override
        public List<MeetingJson> items() {
            return meetings;
        }
    }
}
