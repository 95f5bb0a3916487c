package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.app.ops.IdempotencyHousekeeping;
import io.zoomoauth.fake.Fault;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code Idempotency-Key} on create meeting and on the proxy's POST, end to end against the fake Zoom. */
class IdempotencyApiTest {

    private static final String CREATES = "POST /v2/users/{userId}/meetings";

    private static ZoomWorld world;
    private static Map<String, Object> database;
    private static ServiceInstance service;
    /** Same database, but duplicates wait only 200 ms for the first request. */
    private static ServiceInstance impatient;
    private static String userId;

    @BeforeAll
    static void start() {
        world = new ZoomWorld();
        database = ZoomWorld.h2("idempotency-" + UUID.randomUUID());
        service = world.start(database);
        Map<String, Object> settings = new HashMap<>(world.settings(database));
        settings.put("zoom.idempotency.wait-max", "200ms");
        impatient = ServiceInstance.start(ServiceInstance.freePort(), settings);
        userId = world.connectedUser(service, "host@example.com");
    }

    @AfterAll
    static void stop() {
        impatient.close();
        service.close();
        world.close();
    }

    @BeforeEach
    void noFaults() {
        world.zoom.clearFaults();
    }

    private static HttpResponse<String> create(ServiceInstance target, String key, String body) {
        return target.send(request(target, "/api/users/" + userId + "/meetings", key, body));
    }

    private static HttpRequest.Builder request(ServiceInstance target, String path, String key, String body) {
        return HttpRequest.newBuilder(target.url(path))
                .header("Authorization", "Bearer " + ServiceInstance.API_KEY)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String key() {
        return "order-" + UUID.randomUUID();
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheFirstAnswerWithoutCallingZoom() {
        String key = key();
        long creates = world.zoom.apiCallCount(CREATES);

        HttpResponse<String> first = create(service, key, "{\"topic\":\"Once\",\"type\":2}");
        HttpResponse<String> again = create(service, key, "{ \"topic\": \"Once\", \"type\": 2 }");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(world.zoom.apiCallCount(CREATES)).isEqualTo(creates + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = key();
        assertThat(create(service, key, "{\"topic\":\"First\"}").statusCode()).isEqualTo(201);
        long creates = world.zoom.apiCallCount(CREATES);

        HttpResponse<String> other = create(service, key, "{\"topic\":\"Second\"}");

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("\"error\":\"idempotency_key_reused\"");
        assertThat(world.zoom.apiCallCount(CREATES)).isEqualTo(creates);
    }

    @Test
    void keysAreKeptPerUser() {
        String other = world.connectedUser(service, "other@example.com");
        String key = key();
        assertThat(create(service, key, "{\"topic\":\"Mine\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> theirs = service.send(request(service, "/api/users/" + other + "/meetings", key,
                "{\"topic\":\"Theirs\"}"));
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void anAnswerThatProvesZoomDidNothingGivesTheKeyUp() {
        String key = key();
        HttpResponse<String> invalid = create(service, key, "{\"type\":2}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        world.zoom.failNext("POST", "/v2/users/*", 1, Fault.rateLimitRetryAfterSeconds(1));
        assertThat(create(service, key, "{\"topic\":\"Now\"}").statusCode()).isEqualTo(429);

        HttpResponse<String> valid = create(service, key, "{\"topic\":\"Now\"}");

        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(201);
        assertThat(valid.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void anInvalidKeyIs400() {
        assertThat(create(service, "k".repeat(256), "{\"topic\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(create(service, " ", "{\"topic\":\"x\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void theStoredAnswerIsEncrypted() throws Exception {
        String key = key();
        HttpResponse<String> created = create(service, key, "{\"topic\":\"Secret start url\"}");
        assertThat(created.body()).contains("start_url");
        try (Connection connection = DriverManager.getConnection((String) database.get("datasources.default.url"), "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT answer_enc FROM idempotency_record")) {
            int count = 0;
            while (rows.next()) {
                String stored = new String(rows.getBytes(1), StandardCharsets.ISO_8859_1);
                assertThat(stored).doesNotContain("start_url").doesNotContain("Secret start url");
                count++;
            }
            assertThat(count).isPositive();
        }
    }

    @Test
    void aCallerThatTimedOutGetsTheAnswerOfTheRequestZoomCarriedOut() throws Exception {
        String key = key();
        long creates = world.zoom.apiCallCount(CREATES);
        world.zoom.failNext("POST", "/v2/users/*", 1, Fault.delay(Duration.ofMillis(1500)));
        HttpClient impatientCaller = HttpClient.newBuilder().build();
        try {
            impatientCaller.send(request(service, "/api/users/" + userId + "/meetings", key, "{\"topic\":\"Slow\"}")
                    .timeout(Duration.ofMillis(400)).build(), HttpResponse.BodyHandlers.ofString());
            throw new AssertionError("the caller should have timed out");
        } catch (HttpTimeoutException expected) {
            // the caller gave up; the service and Zoom carry on
        }

        HttpResponse<String> retry = create(service, key, "{\"topic\":\"Slow\"}");

        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body()).contains("\"topic\":\"Slow\"");
        assertThat(world.zoom.apiCallCount(CREATES)).isEqualTo(creates + 1);
    }

    @Test
    void aDuplicateThatWaitedLongEnoughIs409InProgressAndLaterGetsTheAnswer() throws Exception {
        String key = key();
        world.zoom.failNext("POST", "/v2/users/*", 1, Fault.delay(Duration.ofMillis(1500)));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                () -> create(service, key, "{\"topic\":\"Racing\"}"));
        Thread.sleep(300);

        HttpResponse<String> duplicate = create(impatient, key, "{\"topic\":\"Racing\"}");

        assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(409);
        assertThat(duplicate.body()).contains("\"error\":\"idempotency_key_in_progress\"");
        assertThat(duplicate.headers().firstValue("Retry-After")).isPresent();
        assertThat(first.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        HttpResponse<String> later = create(impatient, key, "{\"topic\":\"Racing\"}");
        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void whenZoomNeverAnswersTheRepeatGetsTheSameAnswerAndZoomIsNotAskedAgain() {
        String key = key();
        long creates = world.zoom.apiCallCount(CREATES);
        world.zoom.failNext("POST", "/v2/users/*", 1, Fault.hang(Duration.ofSeconds(4)));

        HttpResponse<String> first = create(service, key, "{\"topic\":\"Unknown outcome\"}");
        HttpResponse<String> retry = create(service, key, "{\"topic\":\"Unknown outcome\"}");

        assertThat(first.statusCode()).as("read timeout 3 s").isEqualTo(503);
        assertThat(retry.statusCode()).isEqualTo(503);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(world.zoom.apiCallCount(CREATES)).isEqualTo(creates + 1);
    }

    @Test
    void aProxiedPostWithAKeyRunsOnceAndIsReplayedAsZoomAnswered() {
        String key = key();
        long creates = world.zoom.apiCallCount(CREATES);
        String path = "/api/users/" + userId + "/zoom/users/me/meetings";

        HttpResponse<String> first = service.send(request(service, path, key, "{\"topic\":\"Proxied once\"}"));
        HttpResponse<String> again = service.send(request(service, path, key, "{\"topic\":\"Proxied once\"}"));
        HttpResponse<String> changed = service.send(request(service, path, key, "{\"topic\":\"Proxied twice\"}"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.headers().firstValue("x-zm-trackingid")).isEqualTo(first.headers().firstValue("x-zm-trackingid"));
        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(world.zoom.apiCallCount(CREATES)).isEqualTo(creates + 1);
    }

    @Test
    void expiredKeysArePurgedAndCanBeUsedAgain() {
        String key = key();
        assertThat(create(service, key, "{\"topic\":\"Yesterday\"}").statusCode()).isEqualTo(201);
        world.clock.advance(Duration.ofHours(25));
        try {
            assertThat(service.context().getBean(IdempotencyHousekeeping.class).purge()).isPositive();
            HttpResponse<String> anew = create(service, key, "{\"topic\":\"Yesterday\"}");
            assertThat(anew.statusCode()).isEqualTo(201);
            assertThat(anew.headers().firstValue("Idempotent-Replayed")).isEmpty();
        } finally {
            world.clock.advance(Duration.ofHours(-25));
        }
    }
}
