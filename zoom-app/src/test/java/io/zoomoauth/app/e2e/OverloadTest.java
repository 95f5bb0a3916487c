package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.scheduling.TaskExecutors;
import io.micrometer.core.instrument.MeterRegistry;
import io.zoomoauth.fake.Fault;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class OverloadTest {

    @Test
    void beyondItsThreadsAndQueueTheServiceAnswers503AtOnceInsteadOfStartingMoreThreads() throws Exception {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = world.settings(ZoomWorld.h2("overload-" + UUID.randomUUID()));
            settings.put("zoom.executor.max-threads", "2");
            settings.put("zoom.executor.queue", "2");
            settings.put("micronaut.metrics.binders.executor.enabled", "true"); // off by default (see OperationsTest)
            try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                String userId = world.connectedUser(service, "busy@example.com");
                world.zoom.failNext("GET", "/v2/*", 50, Fault.hang(Duration.ofMillis(1500)));
                ExecutorService callers = Executors.newFixedThreadPool(12);
                List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    calls.add(CompletableFuture.supplyAsync(
                            () -> service.api("GET", "/api/users/" + userId + "/meetings", null), callers));
                }
                List<HttpResponse<String>> answers = calls.stream().map(CompletableFuture::join).toList();
                callers.shutdown();
                world.zoom.clearFaults();

                List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() == 503
                        && a.body().contains("\"error\":\"service_busy\"")).toList();
                assertThat(refused).as(answers.stream().map(a -> a.statusCode() + " " + a.body()).toList().toString())
                        .hasSizeGreaterThanOrEqualTo(8);
                assertThat(refused.get(0).headers().firstValue("Retry-After")).isPresent();
                MeterRegistry metrics = service.context().getBean(MeterRegistry.class);
                assertThat(metrics.get("executor.pool.max").tag("name", TaskExecutors.BLOCKING).gauge().value())
                        .as("the blocking executor is bounded").isEqualTo(2.0);
            }
        }
    }

    @Test
    void aProxiedCallWithTheTokenInMemoryNeedsNoWorkerWhileWorkThatMustBlockWaitsForAPlace() throws Exception {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = world.settings(ZoomWorld.h2("overload-proxy-" + UUID.randomUUID()));
            settings.put("zoom.executor.max-threads", "1");
            settings.put("zoom.executor.queue", "1");
            settings.put("zoom.http.read-timeout", "20s");
            try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                String userId = world.connectedUser(service, "cached@example.com");
                world.zoom.failNext("GET", "/v2/*", 2, Fault.hang(Duration.ofMillis(6000)));
                int before = world.zoom.totalRequests();
                ExecutorService callers = Executors.newFixedThreadPool(2);
                List<CompletableFuture<HttpResponse<String>>> holding = new ArrayList<>();
                for (int i = 0; i < 2; i++) { // both places on the blocking executor, held while Zoom hangs
                    holding.add(CompletableFuture.supplyAsync(
                            () -> service.api("GET", "/api/users/" + userId + "/meetings", null), callers));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (world.zoom.totalRequests() < before + 2 && System.nanoTime() < deadline) {
                    Thread.sleep(20); // until both held calls are waiting for Zoom
                }

                HttpResponse<String> proxied = service.api("POST", "/api/users/" + userId + "/zoom/users/me/meetings",
                        "{\"topic\":\"while busy\"}");
                HttpResponse<String> unknownUser = service.api("GET", "/api/users/notConnectedUser1/zoom/users/me", null);
                List<HttpResponse<String>> held = holding.stream().map(CompletableFuture::join).toList();
                callers.shutdown();
                world.zoom.clearFaults();

                assertThat(held).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
                assertThat(proxied.statusCode()).as(proxied.body()).isEqualTo(201);
                assertThat(proxied.body()).contains("\"topic\":\"while busy\"");
                assertThat(unknownUser.statusCode()).as("a user without a token in memory needs the store: a worker")
                        .isEqualTo(503);
                assertThat(unknownUser.body()).contains("\"error\":\"service_busy\"");
            }
        }
    }

    @Test
    void aRetryAfterCode124ThatFindsTheBlockingExecutorFullIsAnsweredServiceBusy() throws Exception {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = world.settings(ZoomWorld.h2("overload-124-" + UUID.randomUUID()));
            settings.put("zoom.executor.max-threads", "1");
            settings.put("zoom.executor.queue", "1"); // the executor: 1 running + 4 waiting; admission: 2 places
            settings.put("zoom.http.read-timeout", "20s");
            try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                String userId = world.connectedUser(service, "retry124@example.com");
                world.zoom.failNext("GET", "/v2/*", 2, Fault.hang(Duration.ofMillis(6000)));
                int before = world.zoom.totalRequests();
                ExecutorService callers = Executors.newFixedThreadPool(8);
                List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
                for (int i = 0; i < 2; i++) { // both admission places: one running, one waiting in the executor
                    calls.add(CompletableFuture.supplyAsync(
                            () -> service.api("GET", "/api/users/" + userId + "/meetings", null), callers));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (world.zoom.totalRequests() < before + 1 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                Thread.sleep(200);
                world.zoom.expireAccessTokens(userId); // the cached token now gets 401 code 124
                List<CompletableFuture<HttpResponse<String>>> proxied = new ArrayList<>();
                for (int i = 0; i < 6; i++) { // six 124 retries for the executor's three free waiting slots
                    proxied.add(CompletableFuture.supplyAsync(() -> service.api("POST",
                            "/api/users/" + userId + "/zoom/users/me/meetings", "{\"topic\":\"t\"}"), callers));
                }
                List<HttpResponse<String>> answers = proxied.stream().map(CompletableFuture::join).toList();
                calls.forEach(CompletableFuture::join);
                callers.shutdown();
                world.zoom.clearFaults();

                List<String> seen = answers.stream().map(a -> a.statusCode() + " " + a.body()).toList();
                assertThat(answers).as(seen.toString()).noneMatch(a -> a.statusCode() >= 500 && a.statusCode() != 503);
                assertThat(answers).as(seen.toString()).anySatisfy(a -> {
                    assertThat(a.statusCode()).isEqualTo(503);
                    assertThat(a.body()).contains("\"error\":\"service_busy\"");
                    assertThat(a.headers().firstValue("Retry-After")).isPresent();
                });
            }
        }
    }
}
