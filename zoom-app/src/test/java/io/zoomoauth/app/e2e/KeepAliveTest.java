package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.app.ops.KeepAliveJob;
import io.zoomoauth.domain.access.KeepAliveUseCase;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Dormant grants are refreshed before Zoom lets them lapse; two instances never refresh the same grant. */
class KeepAliveTest {

    @Test
    void dormantGrantsAreRefreshedOnceAcrossTwoInstancesAndDeadOnesFlagged() {
        Map<String, Object> db = ZoomWorld.h2("keepalive-" + UUID.randomUUID());
        try (ZoomWorld world = new ZoomWorld();
             ServiceInstance first = world.start(db);
             ServiceInstance second = ServiceInstance.start(ServiceInstance.freePort(), world.settings(db))) {
            String dormant1 = world.connectedUser(first, "sleepy1@example.com");
            String dormant2 = world.connectedUser(first, "sleepy2@example.com");
            String dead = world.connectedUser(first, "gone@example.com");
            world.zoom.revokeGrant(dead);
            world.clock.advance(Duration.ofDays(20));
            String fresh = world.connectedUser(first, "fresh@example.com");
            world.clock.advance(Duration.ofDays(11));

            CompletableFuture<KeepAliveUseCase.BatchResult> a =
                    CompletableFuture.supplyAsync(() -> first.context().getBean(KeepAliveJob.class).runOnce());
            CompletableFuture<KeepAliveUseCase.BatchResult> b =
                    CompletableFuture.supplyAsync(() -> second.context().getBean(KeepAliveJob.class).runOnce());
            KeepAliveUseCase.BatchResult ra = a.join();
            KeepAliveUseCase.BatchResult rb = b.join();

            assertThat(world.zoom.tokenCalls("refresh_token")).as("one refresh per dormant grant, dead one tried once")
                    .isEqualTo(3);
            assertThat(world.zoom.refreshTokenReuseCount()).isZero();
            assertThat(ra.reauthorizationRequired() + rb.reauthorizationRequired()).isGreaterThanOrEqualTo(1);
            assertThat(first.api("GET", "/api/connections/" + dead, null).body()).contains("REAUTHORIZATION_REQUIRED");
            for (String kept : new String[] {dormant1, dormant2}) {
                assertThat(first.api("GET", "/api/connections/" + kept, null).body())
                        .contains("\"status\":\"ACTIVE\"").contains("\"lastRefreshedAt\":\"");
            }
            assertThat(first.api("GET", "/api/connections/" + fresh, null).body()).contains("\"lastRefreshedAt\":null");
            assertThat(first.context().getBean(KeepAliveJob.class).runOnce().due()).as("nothing left to do").isZero();
        }
    }
}
