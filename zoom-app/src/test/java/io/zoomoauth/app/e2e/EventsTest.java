package io.zoomoauth.app.e2e;

import static io.zoomoauth.app.e2e.EventsWorld.allDelivered;
import static io.zoomoauth.app.e2e.EventsWorld.awaitEvents;
import static io.zoomoauth.app.e2e.EventsWorld.events;
import static io.zoomoauth.app.e2e.EventsWorld.json;
import static io.zoomoauth.app.e2e.EventsWorld.zoomWebhook;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events to the organisation's backend, end to end: a real receiver over HTTP, the retry clock moved by the test. */
class EventsTest {

    private static ZoomWorld world;
    private static EventReceiver receiver;
    private static ServiceInstance service;

    @BeforeAll
    static void start() {
        world = new ZoomWorld();
        receiver = new EventReceiver(world.clock);
        service = ServiceInstance.start(world.port,
                EventsWorld.sendingTo(receiver, world.settings(ZoomWorld.h2("events-" + UUID.randomUUID()))));
    }

    @AfterAll
    static void stop() {
        service.close();
        receiver.close();
        world.close();
    }

    @BeforeEach
    void receiverAnswers200() {
        receiver.answer(200);
        receiver.clear();
    }

    private static List<EventReceiver.Delivery> deliveriesMentioning(String text) {
        return receiver.deliveries().stream().filter(d -> d.body().contains(text)).toList();
    }

    private static String type(EventReceiver.Delivery delivery) {
        return (String) json(service, delivery.body()).get("type");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(EventReceiver.Delivery delivery) {
        return (Map<String, Object>) json(service, delivery.body()).get("data");
    }

    private static String userEvent(String zoomUserId) {
        return "{\"event\":\"user.updated\",\"event_ts\":" + (System.nanoTime() / 1000) + ",\"payload\":{\"account_id\":"
                + "\"fakeAccount01\",\"object\":{\"id\":\"" + zoomUserId + "\"}}}";
    }

    private static String forward(String body) {
        HttpResponse<String> answer = zoomWebhook(service, body, world.clock.instant().getEpochSecond());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<Map<String, Object>> latest = events(service, "type=zoom.event&page_size=1");
        return (String) latest.get(0).get("id");
    }

    @Test
    void everyConnectionChangeIsDeliveredSignedAndInOrder() {
        String userId = world.connectedUser(service, "changes@example.com");
        assertThat(world.connect(service, userId, "application/json").statusCode()).isEqualTo(200);
        world.zoom.revokeGrant(userId);
        world.clock.advance(Duration.ofHours(1));
        assertThat(service.api("GET", "/api/users/" + userId + "/meetings", null).statusCode()).isEqualTo(409);
        assertThat(service.api("GET", "/api/users/" + userId + "/meetings", null).statusCode()).isEqualTo(409);
        assertThat(service.api("DELETE", "/api/connections/" + userId, null).statusCode()).isEqualTo(204);

        awaitEvents(service, "zoomUserId=" + userId, allDelivered(4));
        List<EventReceiver.Delivery> deliveries = deliveriesMentioning(userId);
        assertThat(deliveries).extracting(EventsTest::type).containsExactly("connection.created",
                "connection.reconnected", "connection.reauthorization_required", "connection.deleted");
        for (EventReceiver.Delivery delivery : deliveries) {
            Map<String, Object> body = json(service, delivery.body());
            assertThat(delivery.validSignature()).as("signature of " + delivery).isTrue();
            assertThat(delivery.contentType()).startsWith("application/json");
            assertThat(delivery.id()).isEqualTo(body.get("id")).startsWith("evt_");
            assertThat(body).containsEntry("zoomUserId", userId).containsEntry("accountId", "fakeAccount01")
                    .containsEntry("externalUserId", null).containsEntry("tags", Map.of()).containsKey("occurredAt");
            assertThat(delivery.body()).doesNotContain("eyJ").doesNotContain("access_token");
        }
        assertThat(data(deliveries.get(0))).containsKey("scopes").containsEntry("connectSessionId", null);
        assertThat((List<?>) data(deliveries.get(0)).get("scopes")).isNotEmpty();
        assertThat((String) data(deliveries.get(2)).get("reason")).contains("refused the refresh token");
        assertThat(data(deliveries.get(3))).containsEntry("cause", "disconnected");
    }

    @Test
    void eventsOfAConnectionFromASessionCarryTheExternalUserTagsAndSessionAndAReconnectThroughASessionIsReconnected() {
        String userId = world.zoom.addUser("session.events@example.com", "Grace", "Hopper");
        String sessionBody = "{\"externalUserId\":\"org-events\",\"tags\":{\"plan\":\"pro\",\"team\":\"blue\"}}";
        ZoomWorld.Session first = world.createSession(service, sessionBody);
        assertThat(service.getUri(world.approvedCallback(service, first.connectUrl(), userId), "text/html").statusCode())
                .isEqualTo(200);
        // Delivered before the clock jumps an hour: a delivery still in flight would arrive with a stale signature.
        awaitEvents(service, "zoomUserId=" + userId, allDelivered(1));
        world.zoom.revokeGrant(userId);
        world.clock.advance(Duration.ofHours(1));
        assertThat(service.api("GET", "/api/users/" + userId + "/meetings", null).statusCode()).isEqualTo(409);
        ZoomWorld.Session second = world.createSession(service, sessionBody);
        assertThat(service.getUri(world.approvedCallback(service, second.connectUrl(), userId), "text/html").statusCode())
                .isEqualTo(200);
        assertThat(service.api("GET", "/api/connections/" + userId, null).body()).contains("\"status\":\"ACTIVE\"");

        awaitEvents(service, "zoomUserId=" + userId, allDelivered(3));
        List<EventReceiver.Delivery> deliveries = deliveriesMentioning(userId);
        assertThat(deliveries).extracting(EventsTest::type).containsExactly("connection.created",
                "connection.reauthorization_required", "connection.reconnected");
        for (EventReceiver.Delivery delivery : deliveries) {
            assertThat(delivery.validSignature()).isTrue();
            assertThat(json(service, delivery.body())).containsEntry("externalUserId", "org-events")
                    .containsEntry("tags", Map.of("plan", "pro", "team", "blue"));
        }
        assertThat(data(deliveries.get(0))).containsEntry("connectSessionId", first.id());
        assertThat(data(deliveries.get(2))).containsEntry("connectSessionId", second.id());
        assertThat(events(service, "externalUserId=org-events")).hasSize(3)
                .allSatisfy(event -> assertThat(event).containsEntry("externalUserId", "org-events"));
    }

    @Test
    void aDeauthorizationIsForwardedAndReportedAsDeletedOnce() {
        String userId = world.connectedUser(service, "leaving@example.com");
        String body = "{\"event\":\"app_deauthorized\",\"event_ts\":1764583200000,\"payload\":{\"account_id\":"
                + "\"fakeAccount01\",\"user_id\":\"" + userId + "\",\"signature\":\"x\",\"deauthorization_time\":"
                + "\"" + world.clock.instant() + "\",\"client_id\":\"" + ZoomWorld.CLIENT_ID + "\"}}"; // after the consent
        assertThat(zoomWebhook(service, body, world.clock.instant().getEpochSecond()).body()).contains("deleted");
        assertThat(zoomWebhook(service, body, world.clock.instant().getEpochSecond()).body()).contains("already_handled");

        awaitEvents(service, "zoomUserId=" + userId, allDelivered(3));
        List<EventReceiver.Delivery> deliveries = deliveriesMentioning(userId);
        assertThat(deliveries).extracting(EventsTest::type)
                .containsExactly("connection.created", "zoom.event", "connection.deleted");
        assertThat(data(deliveries.get(1))).containsEntry("event", "app_deauthorized");
        assertThat(data(deliveries.get(2))).containsEntry("cause", "deauthorized");
    }

    @Test
    void aForwardedZoomEventKeepsItsBytesAndZoomHears200WhileTheReceiverIsDown() {
        String host = world.connectedUser(service, "host@example.com");
        awaitEvents(service, "zoomUserId=" + host, allDelivered(1));
        receiver.answer(500);
        String raw = "{\"event\":\"meeting.started\",\"event_ts\":1764583200123,\n \"payload\":{\"account_id\":\"acc1\","
                + "\"object\":{\"id\":9223372036854775807,\"uuid\":\"4444AAAiAAAAAiAiAiiAii==\",\"host_id\":\"" + host
                + "\",\"topic\":\"caf\\u00e9 \u2603\",\"duration\":1.50}}}";
        String id = forward(raw);
        receiver.awaitDeliveries(2); // the host's connection.created, then the refused first attempt

        receiver.answer(200);
        world.clock.advance(Duration.ofSeconds(11));
        awaitEvents(service, "zoomUserId=" + host + "&type=zoom.event", allDelivered(1));
        List<EventReceiver.Delivery> attempts = receiver.deliveries().stream().filter(d -> d.id().equals(id)).toList();
        assertThat(attempts).hasSize(2);
        EventReceiver.Delivery delivered = attempts.get(1);
        assertThat(delivered.body()).as("Zoom's bytes, unchanged").endsWith("\"data\":" + raw + "}");
        assertThat(json(service, delivered.body())).containsEntry("zoomUserId", host).containsEntry("accountId", "acc1");
        Map<String, Object> audit = events(service, "type=zoom.event&zoomUserId=" + host).get(0);
        assertThat(audit).containsEntry("attempts", 2).containsEntry("lastError", "HTTP 500");
    }

    @Test
    void failedAttemptsAreRetriedWithDoublingBackoff() {
        receiver.answer(500);
        String id = forward(userEvent("nobody" + UUID.randomUUID().toString().substring(0, 8)));
        receiver.awaitDeliveries(1);
        Instant firstFailure = world.clock.instant();
        Map<String, Object> afterOne = awaitEvents(service, "type=zoom.event&page_size=1",
                e -> ((Number) e.get(0).get("attempts")).intValue() == 1).get(0);
        assertThat(Instant.parse((String) afterOne.get("nextAttemptAt")))
                .isBetween(firstFailure.plusSeconds(5), firstFailure.plusSeconds(10));

        world.clock.advance(Duration.ofSeconds(4));
        EventReceiver.pause(400);
        assertThat(receiver.deliveries()).as("not before the backoff").hasSize(1);

        world.clock.advance(Duration.ofSeconds(6));
        receiver.awaitDeliveries(2);
        Instant secondFailure = world.clock.instant();
        Map<String, Object> afterTwo = awaitEvents(service, "type=zoom.event&page_size=1",
                e -> ((Number) e.get(0).get("attempts")).intValue() == 2).get(0);
        assertThat(Instant.parse((String) afterTwo.get("nextAttemptAt")))
                .isBetween(secondFailure.plusSeconds(10), secondFailure.plusSeconds(20));

        receiver.answer(200);
        world.clock.advance(Duration.ofSeconds(20));
        awaitEvents(service, "type=zoom.event&page_size=1", e -> "DELIVERED".equals(e.get(0).get("status")));
        assertThat(receiver.deliveries()).hasSize(3).extracting(EventReceiver.Delivery::id).containsOnly(id);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsRetried() {
        receiver.hang();
        forward(userEvent("hang" + UUID.randomUUID().toString().substring(0, 8)));
        receiver.awaitDeliveries(1);
        Map<String, Object> event = awaitEvents(service, "type=zoom.event&page_size=1",
                e -> ((Number) e.get(0).get("attempts")).intValue() == 1).get(0);
        assertThat((String) event.get("lastError")).contains("no answer within 1000 ms");
        receiver.release();
        world.clock.advance(Duration.ofSeconds(11));
        awaitEvents(service, "type=zoom.event&page_size=1", e -> "DELIVERED".equals(e.get(0).get("status")));
    }

    @Test
    void laterEventsOfAUserWaitUntilTheEarlierOneIsDelivered() {
        String stuck = world.connectedUser(service, "stuck@example.com");
        awaitEvents(service, "zoomUserId=" + stuck, allDelivered(1));
        receiver.answer(body -> body.contains(stuck) ? 500 : 200);
        forward(userEvent(stuck));
        assertThat(service.api("DELETE", "/api/connections/" + stuck, null).statusCode()).isEqualTo(204);
        String other = world.connectedUser(service, "flowing@example.com");
        awaitEvents(service, "zoomUserId=" + other, allDelivered(1));
        assertThat(deliveriesMentioning(stuck)).extracting(EventsTest::type).contains("zoom.event")
                .doesNotContain("connection.deleted");

        receiver.answer(200);
        world.clock.advance(Duration.ofSeconds(11));
        awaitEvents(service, "zoomUserId=" + stuck, allDelivered(3));
        List<String> order = deliveriesMentioning(stuck).stream().map(EventsTest::type).distinct().toList();
        assertThat(order).containsExactly("connection.created", "zoom.event", "connection.deleted");
    }

    @Test
    void afterTheMaximumAgeAnEventFailsAndRedeliverQueuesItAgain() {
        receiver.answer(500);
        String id = forward(userEvent("aging" + UUID.randomUUID().toString().substring(0, 8)));
        receiver.awaitDeliveries(1);
        world.clock.advance(Duration.ofMinutes(11));
        awaitEvents(service, "status=FAILED", e -> e.stream().anyMatch(event -> id.equals(event.get("id"))));
        assertThat(events(service, "status=PENDING")).noneMatch(event -> id.equals(event.get("id")));

        receiver.answer(200);
        HttpResponse<String> redeliver = service.api("POST", "/api/events/" + id + "/redeliver", null);
        assertThat(redeliver.statusCode()).as(redeliver.body()).isEqualTo(202);
        assertThat(redeliver.body()).contains("\"status\":\"PENDING\"");
        awaitEvents(service, "status=DELIVERED&type=zoom.event", e -> e.stream().anyMatch(event -> id.equals(event.get("id"))));
        assertThat(receiver.deliveries()).extracting(EventReceiver.Delivery::id).contains(id);
        assertThat(service.api("POST", "/api/events/evt_000000000000/redeliver", null).statusCode()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAuditTrailPagesNewestFirstAndRefusesBadFilters() {
        forward(userEvent("page" + UUID.randomUUID().toString().substring(0, 8)));
        forward(userEvent("page" + UUID.randomUUID().toString().substring(0, 8)));
        HttpResponse<String> first = service.api("GET", "/api/events?page_size=1", null);
        Map<String, Object> page = json(service, first.body());
        assertThat((List<?>) page.get("events")).hasSize(1);
        String token = (String) page.get("next_page_token");
        assertThat(token).isNotBlank();
        Map<String, Object> next = json(service, service.api("GET", "/api/events?page_size=1&next_page_token=" + token,
                null).body());
        assertThat(next.get("events")).isNotEqualTo(page.get("events"));
        assertThat(((Map<String, Object>) ((List<?>) page.get("events")).get(0))).containsKeys("id", "type", "status",
                "attempts", "lastError", "createdAt", "nextAttemptAt", "deliveredAt", "zoomUserId", "externalUserId");

        for (String bad : List.of("status=SENT", "type=meeting.started", "page_size=0", "page_size=301",
                "next_page_token=garbage")) {
            HttpResponse<String> refused = service.api("GET", "/api/events?" + bad, null);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).contains("invalid_request");
        }
        assertThat(service.get("/api/events").statusCode()).isEqualTo(401);
    }

    @Test
    void healthStaysUpWhileTheReceiverIsDownAndMetricsCountAttempts() {
        receiver.answer(503);
        forward(userEvent("health" + UUID.randomUUID().toString().substring(0, 8)));
        receiver.awaitDeliveries(1);
        world.clock.advance(Duration.ofSeconds(11)); // the counts are cached for 10 s
        HttpResponse<String> health = service.management("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"events\"").contains("\"pending\":")
                .contains("oldestPendingAgeSeconds");
        HttpResponse<String> anonymous = service.get("/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).as("the events part is operator data").contains("\"status\":\"UP\"")
                .doesNotContain("\"events\"").doesNotContain("pending");
        String metrics = service.management("/prometheus").body();
        assertThat(metrics).contains("zoom_events{status=\"pending\"}")
                .contains("zoom_events_delivery_attempts_total{outcome=\"rejected\"}")
                .contains("zoom_events_oldest_pending_age_seconds");

        receiver.answer(200);
        world.clock.advance(Duration.ofSeconds(30));
        awaitEvents(service, "status=PENDING", List::isEmpty);
        assertThat(service.management("/prometheus").body()).contains("zoom_events_delivery_latency_seconds");
    }

    @Test
    void anUnsignedOrBadlySignedWebhookIsNeitherStoredNorForwarded() {
        int before = events(service, "type=zoom.event&page_size=300").size();
        HttpResponse<String> forged = service.send(HttpRequest.newBuilder(service.url("/webhooks/zoom"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(userEvent("forged"))));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(events(service, "type=zoom.event&page_size=300")).hasSize(before);
    }
}
