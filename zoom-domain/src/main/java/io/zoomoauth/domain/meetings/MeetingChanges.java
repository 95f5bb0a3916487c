package io.zoomoauth.domain.meetings;

import io.zoomoauth.domain.common.Check;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A partial update ({@code PATCH /meetings/{id}}): only the fields present are sent. Typed fields that are
 * present are validated with the same rules as on create; the rest passes through.
 */
public record MeetingChanges(
        Optional<String> topic,
        Optional<Integer> type,
        Optional<String> startTime,
        Optional<Integer> duration,
        Optional<String> timezone,
        Optional<String> agenda,
        Map<String, Object> otherFields) {

    public MeetingChanges {
        Check.notNull(topic, "topic").ifPresent(MeetingFields::topic);
        Check.notNull(type, "type").ifPresent(MeetingFields::type);
        Check.notNull(startTime, "start_time").ifPresent(MeetingFields::startTime);
        Check.notNull(duration, "duration").ifPresent(MeetingFields::duration);
        Check.notNull(timezone, "timezone").ifPresent(MeetingFields::timezone);
        Check.notNull(agenda, "agenda").ifPresent(MeetingFields::agenda);
        Check.notNull(otherFields, "otherFields");
        MeetingFields.extra(otherFields, MeetingDraft.TYPED_FIELDS);
        otherFields = Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
        if (topic.isEmpty() && type.isEmpty() && startTime.isEmpty() && duration.isEmpty() && timezone.isEmpty()
                && agenda.isEmpty() && otherFields.isEmpty()) {
            throw new IllegalArgumentException("an update must change at least one field");
        }
    }

    @Override
    public String toString() {
        return "MeetingChanges[topic=" + topic.orElse("-") + ", otherFields=" + otherFields.keySet() + "]";
    }
}
