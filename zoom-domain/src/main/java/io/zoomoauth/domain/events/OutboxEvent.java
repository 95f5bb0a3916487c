package io.zoomoauth.domain.events;

import io.zoomoauth.domain.common.Check;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One event for the organisation's backend, as recorded in the outbox together with the change it reports.
 *
 * @param id        {@code evt_…}: unique, the same in every retry (receivers dedupe by it)
 * @param subject   empty where the event concerns no connection (its {@code externalUserId} and {@code tags} are null)
 * @param dataJson  the type's {@code data} object, as JSON text (for a {@code zoom.event}, Zoom's body as received)
 */
public record OutboxEvent(String id, EventType type, Instant occurredAt, Optional<String> zoomUserId,
                          Optional<String> accountId, Optional<EventSubject> subject, String dataJson) {

    static final Pattern ID = Pattern.compile("evt_[A-Za-z0-9]{8,40}");
    /** Zoom's webhook bodies are bounded by the webhook endpoint (256 KiB); this leaves room for the envelope. */
    public static final int MAX_DATA_LENGTH = 512 * 1024;

    public OutboxEvent {
        Check.matches(id, ID, "id", "evt_ and 8 to 40 letters or digits");
        Check.notNull(type, "type");
        Check.notNull(occurredAt, "occurredAt");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        Check.notNull(zoomUserId, "zoomUserId");
        zoomUserId.ifPresent(u -> Check.maxLength(u, 64, "zoomUserId"));
        Check.notNull(accountId, "accountId");
        accountId.ifPresent(a -> Check.maxLength(a, 64, "accountId"));
        Check.notNull(subject, "subject");
        Check.notBlank(dataJson, "dataJson");
        Check.maxLength(dataJson, MAX_DATA_LENGTH, "dataJson");
        if (!dataJson.strip().startsWith("{")) {
            throw new IllegalArgumentException("dataJson must be a JSON object");
        }
    }

    public Optional<String> externalUserId() {
        return subject.flatMap(EventSubject::externalUserId);
    }

    /** The delivery body: {@code {"id","type","occurredAt","zoomUserId","accountId","externalUserId","tags","data"}}. */
    public String body() {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("id", JsonText.string(id));
        members.put("type", JsonText.string(type.wireName()));
        members.put("occurredAt", JsonText.string(occurredAt.toString()));
        members.put("zoomUserId", JsonText.string(zoomUserId));
        members.put("accountId", JsonText.string(accountId));
        members.put("externalUserId", JsonText.string(externalUserId()));
        members.put("tags", subject.map(s -> JsonText.stringMap(s.tags())).orElse("null"));
        members.put("data", dataJson);
        return JsonText.object(members);
    }
}
