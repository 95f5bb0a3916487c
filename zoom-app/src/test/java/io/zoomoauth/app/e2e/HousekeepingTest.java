package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HousekeepingTest {

    private static final String SECRET = "webhook-secret-token-for-tests";

    @Test
    void expiredRequestsEventsAndDeletionRecordsAreForgottenEvenWithKeepAliveOff() throws Exception {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> database = ZoomWorld.h2("housekeeping-" + UUID.randomUUID());
            Map<String, Object> settings = world.settings(database);
            settings.put("zoom.keep-alive.enabled", "false");
            settings.put("zoom.housekeeping.interval", "100ms");
            settings.put("zoom.housekeeping.initial-delay", "0s");
            settings.put("zoom.webhooks.secret-token", SECRET);
            try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                String url = (String) database.get("datasources.default.url");
                String userId = world.connectedUser(service, "tidy@example.com");
                assertThat(service.api("DELETE", "/api/connections/" + userId, null).statusCode()).isEqualTo(204);
                SignedWebhooks.deliver(service, SignedWebhooks.deauthorization("fakeAccount01", "neverHere",
                        world.clock.instant()), world.clock.instant(), SECRET);
                service.get("/oauth/authorize");
                Thread.sleep(300);
                assertThat(count(url, "authorization_request")).as("still fresh").isPositive();
                assertThat(count(url, "processed_webhook_event")).isEqualTo(1);
                assertThat(count(url, "grant_deletion")).isEqualTo(2);

                world.clock.advance(Duration.ofMinutes(96));
                awaitZero(url, "processed_webhook_event");
                assertThat(count(url, "grant_deletion")).as("kept for 90 days").isEqualTo(2);
                world.clock.advance(Duration.ofDays(91));
                awaitZero(url, "authorization_request");
                awaitZero(url, "grant_deletion");
            }
        }
    }

    private static void awaitZero(String url, String table) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count(url, table) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(count(url, table)).as(table + " emptied by housekeeping").isZero();
    }

    private static long count(String url, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
