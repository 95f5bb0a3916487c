package io.zoomoauth.app.e2e;

import static io.zoomoauth.app.e2e.EventsWorld.awaitEvents;
import static io.zoomoauth.app.e2e.EventsWorld.events;
import static io.zoomoauth.app.e2e.EventsWorld.zoomWebhook;
import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.adapters.persistence.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The outbox across restarts and instances: nothing lost, each event delivered once while instances run. */
class EventsAcrossInstancesTest {

    private static String zoomEvent(int n) {
        return "{\"event\":\"meeting.ended\",\"event_ts\":" + (1764583200000L + n) + ",\"payload\":{\"account_id\":"
                + "\"acc1\",\"object\":{\"id\":" + (90000000000L + n) + "}}}";
    }

    @Test
    void eventsRecordedWhileNothingIsConfiguredAreDeliveredAfterARestartWithAReceiver() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "events-restart");
        Map<String, Object> db = new HashMap<>();
        db.put("datasources.default.url", "jdbc:h2:file:" + dir.resolve("db") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        db.put("datasources.default.username", "sa");
        db.put("datasources.default.password", "");
        try (ZoomWorld world = new ZoomWorld(); EventReceiver receiver = new EventReceiver(world.clock)) {
            String userId;
            try (ServiceInstance unsent = world.start(db)) {
                userId = world.connectedUser(unsent, "later@example.com");
                assertThat(events(unsent, "zoomUserId=" + userId)).singleElement()
                        .satisfies(e -> assertThat(e).containsEntry("status", "PENDING").containsEntry("attempts", 0));
                assertThat(unsent.management("/health").body()).contains("\"sending\":false");
            }
            assertThat(receiver.deliveries()).isEmpty();
            try (ServiceInstance sending = ServiceInstance.start(world.port,
                    EventsWorld.sendingTo(receiver, world.settings(db)))) {
                awaitEvents(sending, "zoomUserId=" + userId, EventsWorld.allDelivered(1));
                assertThat(receiver.deliveries()).singleElement()
                        .satisfies(d -> assertThat(d.body()).contains("connection.created").contains(userId));
            }
        }
    }

    @Test
    void twoInstancesOnOneMariaDbDeliverEachEventExactlyOnce() {
        JdbcDatabase database = TestDatabases.mariaDb().createDatabase("events2");
        Map<String, Object> db = new HashMap<>(database.datasourceProperties());
        try (ZoomWorld world = new ZoomWorld(); EventReceiver receiver = new EventReceiver(world.clock);
             ServiceInstance first = ServiceInstance.start(world.port, EventsWorld.sendingTo(receiver, world.settings(db)));
             ServiceInstance second = ServiceInstance.start(ServiceInstance.freePort(),
                     EventsWorld.sendingTo(receiver, world.settings(db)))) {
            int count = 40;
            for (int n = 0; n < count; n++) {
                ServiceInstance target = n % 2 == 0 ? first : second;
                assertThat(zoomWebhook(target, zoomEvent(n), world.clock.instant().getEpochSecond()).statusCode())
                        .isEqualTo(200);
            }
            awaitEvents(first, "type=zoom.event&status=DELIVERED&page_size=300", e -> e.size() == count);
            EventReceiver.pause(300); // a duplicate, if there were one, would have arrived by now
            Map<String, Long> perId = receiver.deliveries().stream()
                    .collect(Collectors.groupingBy(EventReceiver.Delivery::id, Collectors.counting()));
            assertThat(perId).hasSize(count);
            assertThat(perId.values()).as("each event once").containsOnly(1L);
        } finally {
            TestDatabases.mariaDb().dropDatabase(database);
        }
    }

    @Test
    void anInstanceStoppedMidDeliveryLosesNothingTheOtherDeliversOnceTheClaimExpires() {
        JdbcDatabase database = TestDatabases.mariaDb().createDatabase("events3");
        Map<String, Object> db = new HashMap<>(database.datasourceProperties());
        try (ZoomWorld world = new ZoomWorld(); EventReceiver receiver = new EventReceiver(world.clock)) {
            Map<String, Object> slowReceiver = EventsWorld.sendingTo(receiver, world.settings(db));
            slowReceiver.put("zoom.events.timeout", "20s");
            slowReceiver.put("zoom.events.claim-ttl", "30s");
            String id;
            receiver.hang();
            try (ServiceInstance doomed = ServiceInstance.start(world.port, slowReceiver)) {
                assertThat(zoomWebhook(doomed, zoomEvent(1), world.clock.instant().getEpochSecond()).statusCode())
                        .isEqualTo(200);
                id = receiver.awaitDeliveries(1).get(0).id();
            } // stopped while the receiver still holds the delivery open
            receiver.answer(200);
            receiver.release();
            try (ServiceInstance survivor = ServiceInstance.start(ServiceInstance.freePort(), slowReceiver)) {
                EventReceiver.pause(500);
                assertThat(receiver.deliveries()).as("the claim still holds").hasSize(1);
                world.clock.advance(Duration.ofSeconds(31));
                List<EventReceiver.Delivery> deliveries = receiver.awaitDeliveries(2);
                assertThat(deliveries).extracting(EventReceiver.Delivery::id).containsOnly(id);
                awaitEvents(survivor, "type=zoom.event", e -> e.size() == 1 && "DELIVERED".equals(e.get(0).get("status")));
            }
        } finally {
            TestDatabases.mariaDb().dropDatabase(database);
        }
    }
}
