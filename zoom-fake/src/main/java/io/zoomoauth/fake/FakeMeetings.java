package io.zoomoauth.fake;

import io.zoomoauth.fake.FakeDirectory.User;
import io.zoomoauth.fake.FakeTokens.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Meetings CRUD with 64-bit ids (the first is above 2^33). Every field a client sends is kept and returned,
 * known or not; {@code settings} is merged with defaults on create and deep-merged on update, as Zoom does.
 */
final class FakeMeetings {

    static final long FIRST_ID = (1L << 33) + 1_234_567L;
    private static final Set<Integer> TYPES = Set.of(1, 2, 3, 8);
    private static final Set<String> LIST_TYPES =
            Set.of("scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings");
    /** What Zoom's list answer carries per meeting: no start_url, password or settings. */
    private static final List<String> LIST_FIELDS = List.of("uuid", "id", "host_id", "topic", "type", "start_time",
            "duration", "timezone", "agenda", "created_at", "join_url");
    private static final Set<String> SERVER_FIELDS =
            Set.of("id", "uuid", "host_id", "host_email", "created_at", "start_url", "join_url", "status");

    private record StoredMeeting(String hostId, String accountId, Map<String, Object> fields) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final TreeMap<Long, StoredMeeting> meetings = new TreeMap<>();
    private long nextId = FIRST_ID;
    /** Beyond this many stored meetings the oldest are forgotten (ids only grow): a load run's heap stays flat. */
    private int retained = Integer.MAX_VALUE;

    FakeMeetings(Clock clock) {
        this.clock = clock;
    }

    synchronized void keepAtMost(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("keep at least one meeting");
        }
        retained = count;
        forgetBeyondRetained();
    }

    private void forgetBeyondRetained() {
        while (meetings.size() > retained) {
            meetings.pollFirstEntry();
        }
    }

    synchronized Optional<Map<String, Object>> stored(long id) {
        return Optional.ofNullable(meetings.get(id)).map(meeting -> FakeJson.copy(meeting.fields()));
    }

    /** The request's JSON object if Zoom would accept it; otherwise answers 400 (code 300) and gives empty. */
    private Optional<Map<String, Object>> validBody(FakeExchange exchange) {
        Map<String, Object> body = FakeJson.readObject(exchange.body);
        if (body == null) {
            exchange.json(400, FakeApi.error(300, "Request Body should be a valid JSON object."));
            return Optional.empty();
        }
        Optional<Map<String, Object>> invalid = validate(body);
        if (invalid.isPresent()) {
            exchange.json(400, invalid.get());
            return Optional.empty();
        }
        return Optional.of(body);
    }

    void create(FakeExchange exchange, User host) {
        Optional<Map<String, Object>> valid = validBody(exchange);
        if (valid.isEmpty()) {
            return;
        }
        Map<String, Object> body = valid.get();
        Map<String, Object> fields = new LinkedHashMap<>();
        long id;
        synchronized (this) {
            id = nextId;
            nextId += 1 + random.nextInt(1000);
        }
        fields.put("uuid", Base64.getEncoder().encodeToString(randomBytes(16)));
        fields.put("id", id);
        fields.put("host_id", host.id());
        fields.put("host_email", host.email());
        fields.put("topic", "Zoom meeting");
        fields.put("type", 2L);
        fields.put("status", "waiting");
        fields.put("start_time", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        fields.put("duration", 60L);
        fields.put("timezone", "Europe/Berlin");
        fields.put("created_at", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        // start_url carries a host credential (zak): clients must never log it.
        fields.put("start_url", "https://fake.zoom.us/s/" + id + "?zak=" + token(48));
        fields.put("join_url", "https://fake.zoom.us/j/" + id + "?pwd=" + token(24));
        fields.put("password", token(6));
        fields.put("settings", defaultSettings());
        merge(fields, body);
        synchronized (this) {
            meetings.put(id, new StoredMeeting(host.id(), host.accountId(), fields));
            forgetBeyondRetained();
        }
        exchange.json(201, fields);
    }

    void list(FakeExchange exchange, User host) {
        if (!LIST_TYPES.contains(exchange.query().getOrDefault("type", "scheduled"))) {
            exchange.json(400, FakeApi.validationError("type", "Invalid field."));
            return;
        }
        List<Map<String, Object>> all = new ArrayList<>();
        synchronized (this) {
            meetings.values().stream().filter(meeting -> meeting.hostId().equals(host.id()))
                    .forEach(meeting -> all.add(summary(meeting.fields())));
        }
        FakePaging.answer(exchange, "meetings", all);
    }

    void get(FakeExchange exchange, Principal principal, String idSegment) {
        Optional<Map<String, Object>> meeting = visible(principal, idSegment).map(StoredMeeting::fields);
        synchronized (this) {
            meeting.ifPresentOrElse(fields -> exchange.json(200, FakeJson.copy(fields)), () -> missing(exchange, idSegment));
        }
    }

    void update(FakeExchange exchange, Principal principal, String idSegment) {
        Optional<StoredMeeting> meeting = visible(principal, idSegment);
        if (meeting.isEmpty()) {
            missing(exchange, idSegment);
            return;
        }
        Optional<Map<String, Object>> valid = validBody(exchange);
        if (valid.isEmpty()) {
            return;
        }
        Map<String, Object> body = valid.get();
        synchronized (this) {
            Map<String, Object> changes = new LinkedHashMap<>(body);
            SERVER_FIELDS.forEach(changes::remove);
            merge(meeting.get().fields(), changes);
        }
        exchange.noContent();
    }

    void delete(FakeExchange exchange, Principal principal, String idSegment) {
        Optional<StoredMeeting> meeting = visible(principal, idSegment);
        if (meeting.isEmpty()) {
            missing(exchange, idSegment);
            return;
        }
        synchronized (this) {
            meetings.values().remove(meeting.get());
        }
        exchange.noContent();
    }

    /** The principal's own meeting, or any meeting of its account for an account (S2S) token. */
    private synchronized Optional<StoredMeeting> visible(Principal principal, String idSegment) {
        if (!idSegment.matches("\\d{1,19}")) {
            return Optional.empty();
        }
        StoredMeeting meeting;
        try {
            meeting = meetings.get(Long.parseLong(idSegment));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (meeting == null || !meeting.accountId().equals(principal.accountId())
                || !principal.isAccountToken() && !meeting.hostId().equals(principal.userId())) {
            return Optional.empty();
        }
        return Optional.of(meeting);
    }

    private static void missing(FakeExchange exchange, String idSegment) {
        exchange.json(404, FakeApi.error(3001, "Meeting does not exist: " + idSegment + "."));
    }

    private static Optional<Map<String, Object>> validate(Map<String, Object> body) {
        Object type = body.get("type");
        if (type != null && !(type instanceof Long number && TYPES.contains(number.intValue()))) {
            return Optional.of(FakeApi.validationError("type", "Invalid field."));
        }
        Object topic = body.get("topic");
        if (topic != null && !(topic instanceof String text && text.length() <= 200)) {
            return Optional.of(FakeApi.validationError("topic", "Invalid field."));
        }
        Object settings = body.get("settings");
        if (settings != null && !(settings instanceof Map)) {
            return Optional.of(FakeApi.validationError("settings", "Invalid field."));
        }
        return Optional.empty();
    }

    /** Top-level fields replace; {@code settings} merges key by key. */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> changes) {
        changes.forEach((name, value) -> {
            if (name.equals("settings") && value instanceof Map<?, ?> settings
                    && target.get("settings") instanceof Map<?, ?> current) {
                Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) current);
                merged.putAll((Map<String, Object>) settings);
                target.put("settings", merged);
            } else {
                target.put(name, value);
            }
        });
    }

    private static Map<String, Object> summary(Map<String, Object> fields) {
        Map<String, Object> summary = new LinkedHashMap<>();
        LIST_FIELDS.stream().filter(fields::containsKey).forEach(name -> summary.put(name, fields.get(name)));
        return summary;
    }

    private static Map<String, Object> defaultSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("host_video", false);
        settings.put("participant_video", false);
        settings.put("join_before_host", false);
        settings.put("mute_upon_entry", false);
        settings.put("waiting_room", true);
        settings.put("approval_type", 2L);
        settings.put("audio", "voip");
        settings.put("auto_recording", "none");
        return settings;
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private String token(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }
}
