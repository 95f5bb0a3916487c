package io.zoomoauth.domain.meetings;

import io.zoomoauth.domain.common.Check;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A meeting to create. Typed fields are validated here, before Zoom is asked; {@code otherFields}
 * ({@code settings}, {@code recurrence}, {@code password}, …) go to Zoom unchanged.
 */
public record MeetingDraft(
        String topic,
        int type,
        Optional<String> startTime,
        Optional<Integer> duration,
        Optional<String> timezone,
        Optional<String> agenda,
        Map<String, Object> otherFields) {

    public static final Set<String> TYPED_FIELDS =
            Set.of("topic", "type", "start_time", "duration", "timezone", "agenda");

    public MeetingDraft {
        Check.notNull(topic, "topic");
        MeetingFields.topic(topic);
        MeetingFields.type(type);
        Check.notNull(startTime, "start_time").ifPresent(MeetingFields::startTime);
        Check.notNull(duration, "duration").ifPresent(MeetingFields::duration);
        Check.notNull(timezone, "timezone").ifPresent(MeetingFields::timezone);
        Check.notNull(agenda, "agenda").ifPresent(MeetingFields::agenda);
        Check.notNull(otherFields, "otherFields");
        MeetingFields.extra(otherFields, TYPED_FIELDS);
        if (type == 8 && startTime.isEmpty()) {
            throw new IllegalArgumentException("start_time is required for a recurring meeting with a fixed time (type 8)");
        }
        otherFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
    }

    @Override
    public String toString() {
        return "MeetingDraft[topic=" + topic + ", type=" + type + ", otherFields=" + otherFields.keySet() + "]";
    }
}
