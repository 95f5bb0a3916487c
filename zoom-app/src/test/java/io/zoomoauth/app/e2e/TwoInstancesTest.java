package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.adapters.persistence.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two application contexts on one real MariaDB: the lease makes them refresh a grant once between them. */
class TwoInstancesTest {

    @Test
    void twoInstancesAtExpiryRefreshExactlyOnceBetweenThem() throws Exception {
        JdbcDatabase database = TestDatabases.mariaDb().createDatabase("e2e");
        Map<String, Object> db = new HashMap<>(database.datasourceProperties());
        try (ZoomWorld world = new ZoomWorld();
             ServiceInstance first = world.start(db);
             ServiceInstance second = ServiceInstance.start(ServiceInstance.freePort(), world.settings(db))) {
            String userId = world.connectedUser(first, "shared@example.com");
            assertThat(second.api("GET", "/api/connections/" + userId, null).statusCode()).isEqualTo(200);

            world.clock.advance(Duration.ofHours(1));
            world.zoom.setTokenEndpointDelay(Duration.ofMillis(500));
            ExecutorService pool = Executors.newFixedThreadPool(40);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    ServiceInstance target = i % 2 == 0 ? first : second;
                    answers.add(pool.submit(() -> {
                        go.await();
                        return target.api("GET", "/api/users/" + userId + "/meetings", null);
                    }));
                }
                go.countDown();
                for (Future<HttpResponse<String>> answer : answers) {
                    assertThat(answer.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(world.zoom.tokenCalls("refresh_token")).as("one refresh across both instances").isEqualTo(1);
            assertThat(world.zoom.refreshTokenReuseCount()).isZero();
        } finally {
            TestDatabases.mariaDb().dropDatabase(database);
        }
    }
}
