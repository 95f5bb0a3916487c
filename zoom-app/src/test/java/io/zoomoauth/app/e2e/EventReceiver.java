package io.zoomoauth.app.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

/**
 * The organisation's backend in the tests: a real HTTP server on loopback that records every delivery, checks its
 * signature with the README's code, and answers as told: a status per body, or hanging until released.
 */
final class EventReceiver implements AutoCloseable {

    static final String SECRET = "events-secret-for-tests-0123456789abcdef";

    /** One request as received. */
    record Delivery(String id, String timestamp, String signature, String contentType, String body, boolean validSignature) {
    }

    private final HttpServer server;
    private final Clock clock;
    private final List<Delivery> deliveries = new ArrayList<>();
    private volatile ToIntFunction<String> answer = body -> 200;
    private volatile CountDownLatch hang = new CountDownLatch(0);

    EventReceiver(Clock clock) {
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/events", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/events");
    }

    /** Answers {@code status} to every delivery from now on. */
    void answer(int status) {
        answer = body -> status;
    }

    /** Answers per body (e.g. 500 for one user's events only). */
    void answer(ToIntFunction<String> byBody) {
        answer = byBody;
    }

    /** Holds every request open until {@link #release()}. */
    void hang() {
        hang = new CountDownLatch(1);
    }

    void release() {
        hang.countDown();
    }

    synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    synchronized void clear() {
        deliveries.clear();
    }

    /** Waits (wall time, bounded) until at least {@code count} deliveries arrived. */
    List<Delivery> awaitDeliveries(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<Delivery> now = deliveries();
            if (now.size() >= count) {
                return now;
            }
            pause(20);
        }
        throw new AssertionError("expected " + count + " deliveries, got " + deliveries());
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String timestamp = exchange.getRequestHeaders().getFirst("X-Event-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-Event-Signature");
        boolean valid;
        try {
            valid = ReceiverExample.verify(SECRET, timestamp, signature, raw, clock.instant().getEpochSecond());
        } catch (Exception e) {
            valid = false;
        }
        String body = new String(raw, StandardCharsets.UTF_8);
        synchronized (this) {
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Event-Id"), timestamp, signature,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body, valid));
        }
        try {
            hang.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int status = answer.applyAsInt(body);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
