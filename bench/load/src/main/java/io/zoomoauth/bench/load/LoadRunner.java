package io.zoomoauth.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: a fixed number of workers, each with its own keep-alive connection, sends its next request
 * as soon as the previous answer arrived, until a deadline or a total count is reached. Every latency of a
 * successful answer is kept (percentiles are of those; failures are counted, and a fast 503 does not flatter p50).
 */
final class LoadRunner {

    /** One kind of request: where it goes, its bytes, the status that counts as success. */
    record Target(String label, int port, byte[] request, int expectedStatus) {
    }

    record Result(String label, int workers, long requests, long errors, double seconds, long[] sortedLatencyNanos,
                  String firstError) {

        double throughput() {
            return (requests - errors) / seconds;
        }

        double percentileMillis(double p) {
            if (sortedLatencyNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedLatencyNanos.length) - 1;
            return sortedLatencyNanos[Math.max(0, Math.min(index, sortedLatencyNanos.length - 1))] / 1e6;
        }

        double meanMillis() {
            return Arrays.stream(sortedLatencyNanos).average().orElse(Double.NaN) / 1e6;
        }

        static Result merge(String label, List<Result> parts) {
            long requests = 0;
            long errors = 0;
            double seconds = 0;
            int n = 0;
            String firstError = null;
            for (Result part : parts) {
                requests += part.requests;
                errors += part.errors;
                seconds += part.seconds;
                n += part.sortedLatencyNanos.length;
                firstError = firstError != null ? firstError : part.firstError;
            }
            long[] all = new long[n];
            int off = 0;
            for (Result part : parts) {
                System.arraycopy(part.sortedLatencyNanos, 0, all, off, part.sortedLatencyNanos.length);
                off += part.sortedLatencyNanos.length;
            }
            Arrays.sort(all);
            return new Result(label, parts.get(0).workers, requests, errors, seconds, all, firstError);
        }

        String line() {
            return String.format("%-28s workers=%-3d requests=%-7d errors=%-4d %8.1f req/s  p50=%7.3f ms  p90=%7.3f ms"
                            + "  p99=%7.3f ms  max=%8.3f ms", label, workers, requests, errors, throughput(),
                    percentileMillis(50), percentileMillis(90), percentileMillis(99), percentileMillis(100))
                    + (firstError == null ? "" : "  first error: " + firstError);
        }
    }

    private LoadRunner() {
    }

    /** Runs {@code workers} workers over {@code targets} (worker i uses target i mod n) for a time or a count. */
    static Result run(String label, List<Target> targets, int workers, long durationMillis, long maxRequests) {
        AtomicLong budget = new AtomicLong(maxRequests > 0 ? maxRequests : Long.MAX_VALUE);
        CountDownLatch ready = new CountDownLatch(workers);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[][] latencies = new long[workers][];
        int[] counts = new int[workers];
        long[] sent = new long[workers];
        long[] errors = new long[workers];
        String[] firstErrors = new String[workers];
        long[] deadline = new long[1];
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Target target = targets.get(w % targets.size());
            Thread thread = new Thread(() -> {
                long[] mine = new long[4096];
                int count = 0;
                try (HttpConnection connection = new HttpConnection(target.port())) {
                    try {
                        connection.open();
                    } catch (IOException e) {
                        firstErrors[worker] = "connect: " + e;
                    }
                    ready.countDown();
                    go.await();
                    while (System.nanoTime() < deadline[0] && budget.getAndDecrement() > 0) {
                        long start = System.nanoTime();
                        String error = exchange(connection, target);
                        long took = System.nanoTime() - start;
                        sent[worker]++;
                        if (error == null) {
                            if (count == mine.length) {
                                mine = Arrays.copyOf(mine, mine.length * 2);
                            }
                            mine[count++] = took;
                        } else {
                            errors[worker]++;
                            if (firstErrors[worker] == null) {
                                firstErrors[worker] = error;
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                latencies[worker] = mine;
                counts[worker] = count;
            }, "load-" + label + "-" + w);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        try {
            ready.await();
            long start = System.nanoTime();
            deadline[0] = durationMillis > 0 ? start + durationMillis * 1_000_000L : Long.MAX_VALUE;
            go.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int total = 0;
            long requests = 0;
            for (int w = 0; w < workers; w++) {
                total += counts[w];
                requests += sent[w];
            }
            long[] all = new long[total];
            int off = 0;
            long errorCount = 0;
            String firstError = null;
            for (int w = 0; w < workers; w++) {
                System.arraycopy(latencies[w], 0, all, off, counts[w]);
                off += counts[w];
                errorCount += errors[w];
                firstError = firstError != null ? firstError : firstErrors[w];
            }
            Arrays.sort(all);
            return new Result(label, workers, requests, errorCount, seconds, all, firstError);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One request; returns what went wrong, or null when the expected status came back. */
    private static String exchange(HttpConnection connection, Target target) {
        try {
            HttpConnection.Response answer = connection.exchange(target.request());
            return answer.status() == target.expectedStatus() ? null
                    : "HTTP " + answer.status() + " " + abbreviate(answer.text());
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** One worker sends each target once, in the given order, on one keep-alive connection (all targets: one port). */
    static Result runInOrder(String label, List<Target> targets) {
        long[] latencies = new long[targets.size()];
        int ok = 0;
        String firstError = null;
        long start = System.nanoTime();
        try (HttpConnection connection = new HttpConnection(targets.get(0).port())) {
            for (Target target : targets) {
                long before = System.nanoTime();
                String error = exchange(connection, target);
                long took = System.nanoTime() - before;
                if (error == null) {
                    latencies[ok++] = took;
                } else {
                    firstError = firstError != null ? firstError : error;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] kept = Arrays.copyOf(latencies, ok);
        Arrays.sort(kept);
        return new Result(label, 1, targets.size(), targets.size() - ok, seconds, kept, firstError);
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
