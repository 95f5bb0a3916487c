package io.zoomoauth.app.web;

import io.zoomoauth.domain.meetings.MeetingChanges;
import io.zoomoauth.domain.meetings.MeetingDraft;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A caller's JSON → meeting draft or changes, by Zoom's own field names: typed fields are checked for their JSON
 * type (the message names the field), everything else passes through to Zoom unchanged. Answers are written by
 * {@link WebJson}.
 */
final class MeetingJson {

    private MeetingJson() {
    }

    static MeetingDraft draft(Map<String, Object> body) {
        if (body == null) {
            throw new IllegalArgumentException("body must be a JSON object with at least topic");
        }
        Map<String, Object> other = others(body);
        Object topic = body.get("topic");
        if (!(topic instanceof String text)) {
            throw new IllegalArgumentException("topic must be a string");
        }
        int type = integer(body, "type").orElse(2);
        return new MeetingDraft(text, type, string(body, "start_time"), integer(body, "duration"),
                string(body, "timezone"), string(body, "agenda"), other);
    }

    static MeetingChanges changes(Map<String, Object> body) {
        if (body == null) {
            throw new IllegalArgumentException("body must be a JSON object");
        }
        return new MeetingChanges(string(body, "topic"), integer(body, "type"), string(body, "start_time"),
                integer(body, "duration"), string(body, "timezone"), string(body, "agenda"), others(body));
    }

    private static Map<String, Object> others(Map<String, Object> body) {
        Map<String, Object> other = new LinkedHashMap<>(body);
        MeetingDraft.TYPED_FIELDS.forEach(other::remove);
        List.of("id", "join_url").forEach(other::remove);
        return other;
    }

    private static Optional<String> string(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        throw new IllegalArgumentException(field + " must be a string");
    }

    private static Optional<Integer> integer(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < Integer.MAX_VALUE) {
            return Optional.of(number.intValue());
        }
        throw new IllegalArgumentException(field + " must be a whole number");
    }
}
