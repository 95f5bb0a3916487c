package io.zoomoauth.app.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** What the events tests share: settings pointing a service at a receiver, signed Zoom webhooks, the audit trail. */
final class EventsWorld {

    static final String WEBHOOK_SECRET = "webhook-secret-token-for-event-tests";

    private EventsWorld() {
    }

    /** Settings that send events to {@code receiver}, with test-sized timeouts (the retry clock is the shared one). */
    static Map<String, Object> sendingTo(EventReceiver receiver, Map<String, Object> settings) {
        settings.put("zoom.events.url", receiver.url().toString());
        settings.put("zoom.events.secret", EventReceiver.SECRET);
        settings.put("zoom.events.poll-interval", "50ms");
        settings.put("zoom.events.timeout", "1s");
        settings.put("zoom.events.claim-ttl", "5s");
        settings.put("zoom.events.retry-initial", "10s");
        settings.put("zoom.events.retry-max", "1m");
        settings.put("zoom.events.max-age", "10m");
        settings.put("zoom.webhooks.secret-token", WEBHOOK_SECRET);
        return settings;
    }

    /** POSTs a Zoom webhook signed as Zoom signs it. */
    static HttpResponse<String> zoomWebhook(ServiceInstance service, String body, long epochSecond) {
        try {
            String timestamp = Long.toString(epochSecond);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
            return service.send(HttpRequest.newBuilder(service.url("/webhooks/zoom"))
                    .header("Content-Type", "application/json").header("x-zm-request-timestamp", timestamp)
                    .header("x-zm-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> json(ServiceInstance service, String body) {
        try {
            return service.context().getBean(JsonMapper.class).readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The audit trail's first page for {@code query} (e.g. {@code type=zoom.event}), newest first. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> events(ServiceInstance service, String query) {
        HttpResponse<String> answer = service.api("GET", "/api/events?" + query, null);
        if (answer.statusCode() != 200) {
            throw new AssertionError(answer.statusCode() + " " + answer.body());
        }
        return (List<Map<String, Object>>) json(service, answer.body()).get("events");
    }

    /** Waits (wall time, bounded) until the audit trail for {@code query} satisfies {@code condition}. */
    static List<Map<String, Object>> awaitEvents(ServiceInstance service, String query,
                                                 Predicate<List<Map<String, Object>>> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Map<String, Object>> events = events(service, query);
        while (!condition.test(events)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the audit trail never got there: " + events);
            }
            EventReceiver.pause(25);
            events = events(service, query);
        }
        return events;
    }

    static Predicate<List<Map<String, Object>>> allDelivered(int count) {
        return events -> events.size() == count && events.stream().allMatch(e -> "DELIVERED".equals(e.get("status")));
    }
}
