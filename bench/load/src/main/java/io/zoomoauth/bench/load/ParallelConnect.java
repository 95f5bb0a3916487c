package io.zoomoauth.bench.load;

import io.zoomoauth.fake.FakeZoom;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Connects many users quickly and only through the service: each of {@code threads} browsers (own cookies) runs
 * real OAuth flows one after another (/oauth/authorize, the fake's approval, /oauth/callback), so every grant is
 * stored the way production stores it (token exchange, user lookup, encrypted by the vault). Bounded in time.
 */
final class ParallelConnect {

    private ParallelConnect() {
    }

    /** Returns the Zoom ids of the users connected (all {@code count}, unless the time bound ran out first). */
    static List<String> connect(FakeZoom zoom, int port, int count, int threads, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        List<String> connected = Collections.synchronizedList(new ArrayList<>(count));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    HttpClient browser = LoadBenchmark.browser();
                    for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline && failure.get() == null;
                         i = next.getAndIncrement()) {
                        String userId = zoom.addUser("grant" + i + "@example.com", "Grant", "User" + i);
                        try {
                            LoadBenchmark.connect(browser, zoom, port, userId);
                        } catch (Exception e) {
                            failure.compareAndSet(null, "connect " + userId + ": " + e);
                            return;
                        }
                        int done = connected.size() + 1;
                        connected.add(userId);
                        if (done % 2000 == 0) {
                            LoadBenchmark.log("  " + done + " users connected");
                        }
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(bound.toSeconds() + 60, TimeUnit.SECONDS);
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return List.copyOf(connected);
    }
}
