import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Events delivered per second to a local receiver by 1 and by 3 service instances sharing one database, each event
 * exactly once. JDK only (run with {@code java EventsBenchmark.java}); see bench/run-events.sh.
 *
 * <p>Per instance count: a fresh H2 database (AUTO_SERVER, so several processes share it); one instance without a
 * receiver records N forwarded Zoom webhooks (the outbox fills, nothing is sent) and stops; then the instances start
 * with the receiver configured. The receiver holds every request until all of them are healthy, then the clock
 * starts: throughput = N / (time until the N-th distinct event arrived).
 */
public final class EventsBenchmark {

    static final String EVENTS_SECRET = "bench-events-secret-0123456789abcdef";
    static final String WEBHOOK_SECRET = "bench-webhook-secret";
    static final String API_KEY = "bench-api-key-0123456789abcdef";
    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        Path jar = Path.of(options.getOrDefault("service-jar", "zoom-app/target/zoom-app-0.1.0-SNAPSHOT-all.jar"));
        int events = Integer.parseInt(options.getOrDefault("events", "1000"));
        System.out.printf("events per run: %d, service jar: %s%n", events, jar);
        for (String instances : options.getOrDefault("instances", "1,3").split(",")) {
            run(jar, events, Integer.parseInt(instances));
        }
        System.exit(0); // the receivers' HTTP server threads would keep the JVM alive
    }

    static void run(Path jar, int events, int instances) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "events-bench");
        String db = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE";
        Receiver receiver = new Receiver();
        HttpClient http = HttpClient.newHttpClient();

        Process filler = start(jar, db, null, dir, 0);
        long fillStart = System.nanoTime();
        ExecutorService posters = Executors.newFixedThreadPool(8);
        AtomicInteger refused = new AtomicInteger();
        for (int i = 0; i < events; i++) {
            int n = i;
            posters.execute(() -> {
                if (postWebhook(http, port(filler), n) != 200) {
                    refused.incrementAndGet();
                }
            });
        }
        posters.shutdown();
        posters.awaitTermination(10, TimeUnit.MINUTES);
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        stop(filler);

        receiver.hold();
        List<Process> services = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            services.add(start(jar, db, receiver.url(), dir, i + 1));
        }
        long started = receiver.release();
        boolean complete = receiver.awaitDistinct(events, 600);
        double seconds = (receiver.lastNewAt.get() - started) / 1e9;
        for (Process service : services) {
            stop(service);
        }
        receiver.close();
        System.out.printf("instances=%d: %d of %d events delivered in %.2f s = %.0f events/s; duplicates: %d; "
                        + "filling the outbox through the webhook: %.0f webhooks/s (%d refused)%s%n",
                instances, receiver.distinct.size(), events, seconds, receiver.distinct.size() / seconds,
                receiver.duplicates.get(), events / fillSeconds, refused.get(), complete ? "" : " INCOMPLETE");
    }

    static final Map<Process, Integer> PORTS = new ConcurrentHashMap<>();

    static int port(Process process) {
        return PORTS.get(process);
    }

    static Process start(Path jar, String db, URI receiver, Path dir, int n) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-Dzoom.events.timeout=60s", "-Dzoom.events.claim-ttl=120s", "-Dzoom.keep-alive.enabled=false",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("service-" + n + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("DATASOURCES_DEFAULT_URL", db);
        env.put("DATASOURCES_DEFAULT_USERNAME", "sa");
        env.put("DATASOURCES_DEFAULT_PASSWORD", "");
        env.put("ZOOM_TOKEN_ENCRYPTION_KEY", KEY);
        env.put("ZOOM_API_KEYS", API_KEY);
        env.put("ZOOM_DATA_DIR", dir.toString());
        env.put("ZOOM_WEBHOOK_SECRET_TOKEN", WEBHOOK_SECRET);
        if (receiver != null) {
            env.put("ZOOM_EVENTS_URL", receiver.toString());
            env.put("ZOOM_EVENTS_SECRET", EVENTS_SECRET);
        }
        Process process = builder.start();
        PORTS.put(process, port);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("service " + n + " died; see " + dir.resolve("service-" + n + ".log"));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("service " + n + " did not get healthy");
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int postWebhook(HttpClient http, int port, int n) {
        String body = "{\"event\":\"meeting.ended\",\"event_ts\":" + (1764583200000L + n) + ",\"payload\":{\"account_id\":"
                + "\"acc1\",\"object\":{\"id\":" + (90000000000L + n) + ",\"host_id\":\"host" + (n % 50) + "\"}}}";
        try {
            String timestamp = Long.toString(System.currentTimeMillis() / 1000);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/zoom"))
                    .header("Content-Type", "application/json").header("x-zm-request-timestamp", timestamp)
                    .header("x-zm-signature", signature).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Counts distinct event ids; holds requests until released. */
    static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final Map<String, Boolean> distinct = new ConcurrentHashMap<>();
        final AtomicInteger duplicates = new AtomicInteger();
        final AtomicLong lastNewAt = new AtomicLong();
        volatile CountDownLatch gate = new CountDownLatch(0);

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
            server.createContext("/events", exchange -> {
                exchange.getRequestBody().readAllBytes();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                String id = exchange.getRequestHeaders().getFirst("X-Event-Id");
                if (distinct.putIfAbsent(id, true) == null) {
                    lastNewAt.set(System.nanoTime());
                } else {
                    duplicates.incrementAndGet();
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(32));
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/events");
        }

        void hold() {
            gate = new CountDownLatch(1);
        }

        long release() {
            long now = System.nanoTime();
            gate.countDown();
            return now;
        }

        boolean awaitDistinct(int count, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (distinct.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(500); // late duplicates would show up here
            return distinct.size() >= count;
        }

        @Override
        public void close() {
            gate.countDown();
            server.stop(0);
        }
    }
}
