package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.adapters.persistence.testing.TestDatabases;
import io.zoomoauth.fake.Fault;
import java.net.http.HttpRequest;
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

/** Two instances on one real MariaDB: concurrent duplicates of a create wait for the first instead of racing. */
class IdempotencyTwoInstancesTest {

    @Test
    void concurrentDuplicatesOnTwoInstancesCreateOneMeetingAndAllGetItsAnswer() throws Exception {
        JdbcDatabase database = TestDatabases.mariaDb().createDatabase("idem");
        Map<String, Object> db = new HashMap<>(database.datasourceProperties());
        try (ZoomWorld world = new ZoomWorld();
             ServiceInstance first = world.start(db);
             ServiceInstance second = ServiceInstance.start(ServiceInstance.freePort(), world.settings(db))) {
            String userId = world.connectedUser(first, "shared@example.com");
            long creates = world.zoom.apiCallCount("POST /v2/users/{userId}/meetings");
            world.zoom.failNext("POST", "/v2/users/*", 1, Fault.delay(Duration.ofMillis(700)));
            ExecutorService pool = Executors.newFixedThreadPool(12);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    ServiceInstance target = i % 2 == 0 ? first : second;
                    String path = "/api/users/" + userId + "/meetings";
                    answers.add(pool.submit(() -> {
                        go.await();
                        return target.send(HttpRequest.newBuilder(target.url(path))
                                .header("Authorization", "Bearer " + ServiceInstance.API_KEY)
                                .header("Content-Type", "application/json").header("Idempotency-Key", "shared-key-1")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"topic\":\"Only one\"}")));
                    }));
                }
                go.countDown();
                String body = null;
                int replayed = 0;
                for (Future<HttpResponse<String>> future : answers) {
                    HttpResponse<String> answer = future.get(60, TimeUnit.SECONDS);
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                    body = body == null ? answer.body() : body;
                    assertThat(answer.body()).isEqualTo(body);
                    replayed += answer.headers().firstValue("Idempotent-Replayed").isPresent() ? 1 : 0;
                }
                assertThat(replayed).isEqualTo(11);
            } finally {
                pool.shutdownNow();
            }
            assertThat(world.zoom.apiCallCount("POST /v2/users/{userId}/meetings")).as("one create at Zoom")
                    .isEqualTo(creates + 1);
        } finally {
            TestDatabases.mariaDb().dropDatabase(database);
        }
    }
}
