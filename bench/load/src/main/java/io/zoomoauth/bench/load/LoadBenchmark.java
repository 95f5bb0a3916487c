package io.zoomoauth.bench.load;

import io.zoomoauth.fake.ApiCall;
import io.zoomoauth.fake.FakeZoom;
import io.zoomoauth.fake.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.h2.tools.Server;

/**
 * The load benchmark, in one run (see docs/benchmarks.md); each phase can be left out ({@code --skip}) or run alone
 * ({@code --only}):
 * <ol>
 *   <li>{@code startup}: time to healthy of the real service process per JVM-flag variant (default, C1 only, AppCDS,
 *       both, tuned) and through the bin/zoom-oauth launcher;</li>
 *   <li>{@code throughput}: one create meeting along five routes in alternating blocks (straight at the fake, the
 *       async and blocking floors of bench/floor, the service's proxy and typed route): req/s, p50/p99, CPU per call
 *       of each process and the service's ratios to the floors; then the service's RSS after the calls per flag set;</li>
 *   <li>{@code latency}: the same routes (but direct) with the fake answering creates late and 400 callers, the
 *       service on its default settings: throughput and p99 against the async floor;</li>
 *   <li>{@code instances}: Zoom token calls per grant per expiry with 3 service processes on one shared H2 (TCP
 *       server) database and 100 concurrent callers at each;</li>
 *   <li>{@code coldcall}: 10 000 users connected through the OAuth flow, a restart, the first call per user.</li>
 * </ol>
 * Everything runs on 127.0.0.1, is bounded in count and time, and stops by itself. Options: {@code --key=value},
 * see {@link Options}.
 */
public final class LoadBenchmark {

    static final String CLIENT_ID = "benchClientId";
    static final String CLIENT_SECRET = "bench-client-secret-0123456789";
    static final String API_KEY = "bench-api-key-0123456789abcdef";
    static final String BODY = "{\"topic\":\"bench meeting\"}";

    /** Options; every one can be given as --name=value. */
    static final class Options {
        Path serviceJar = Path.of("../zoom-app/target/zoom-app-0.1.0-SNAPSHOT-all.jar");
        Path workDir;
        boolean keep;
        int users = 4;
        int workers = 16;
        int warmupSeconds = 10;
        int durationSeconds = 15;
        int latencyRequests = 3000;
        int starts = 3;
        int rssCalls = 10_000;
        List<String> serviceFlags = List.of();
        List<String> tunedFlags = List.of("-Xmx64m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=32m", "-XX:MaxDirectMemorySize=32m");
        /** JVM-flag sets for the "RSS after N calls" measurement; "" is the default flags. */
        List<List<String>> rssVariants;
        int instances = 3;
        int callersPerInstance = 100;
        int expiryUsers = 2;
        int expiryRounds = 3;
        int reactiveRounds = 1;
        int tokenDelayMillis = 200;
        /** The floors' runnable jar (bench/floor) and the service's launcher (bin/zoom-oauth; null: not measured). */
        Path floorJar = Path.of("floor/target/zoom-floor.jar");
        Path launcher;
        /** Rounds of alternating blocks (one block per route each) in the throughput phase. */
        int blockRounds = 2;
        /** Latency-bound phase: callers, how late the fake answers a create, rounds of blocks. */
        int latencyCallers = 400;
        int zoomDelayMillis = 100;
        int latencyRounds = 1;
        /** Cold first call: grants connected before the restart, parallel OAuth flows, time bound for connecting. */
        int grants = 10_000;
        int connectThreads = 8;
        int connectSeconds = 900;
        /** The fake keeps at most this many meetings (the oldest are forgotten), so its heap stays flat under load. */
        int fakeMeetings = 10_000;
        Set<String> skipped = new java.util.HashSet<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (String arg : args) {
                if (arg.equals("--quick")) {
                    o.warmupSeconds = 3;
                    o.durationSeconds = 3;
                    o.latencyRequests = 500;
                    o.starts = 1;
                    o.rssCalls = 2_000;
                    o.expiryRounds = 1;
                    o.blockRounds = 1;
                    o.grants = 2_000;
                    continue;
                }
                if (arg.equals("--keep")) {
                    o.keep = true;
                    continue;
                }
                int eq = arg.indexOf('=');
                if (!arg.startsWith("--") || eq < 0) {
                    throw new IllegalArgumentException("unknown argument " + arg);
                }
                String key = arg.substring(2, eq);
                String value = arg.substring(eq + 1);
                switch (key) {
                    case "service-jar" -> o.serviceJar = Path.of(value);
                    case "work-dir" -> o.workDir = Path.of(value);
                    case "users" -> o.users = Integer.parseInt(value);
                    case "workers" -> o.workers = Integer.parseInt(value);
                    case "warmup" -> o.warmupSeconds = Integer.parseInt(value);
                    case "duration" -> o.durationSeconds = Integer.parseInt(value);
                    case "latency-requests" -> o.latencyRequests = Integer.parseInt(value);
                    case "starts" -> o.starts = Integer.parseInt(value);
                    case "rss-calls" -> o.rssCalls = Integer.parseInt(value);
                    case "service-flags" -> o.serviceFlags = flags(value);
                    case "tuned-flags" -> o.tunedFlags = flags(value);
                    case "rss-variants" -> o.rssVariants = Arrays.stream(value.split(";")).map(Options::flags).toList();
                    case "instances" -> o.instances = Integer.parseInt(value);
                    case "callers" -> o.callersPerInstance = Integer.parseInt(value);
                    case "expiry-users" -> o.expiryUsers = Integer.parseInt(value);
                    case "expiry-rounds" -> o.expiryRounds = Integer.parseInt(value);
                    case "reactive-rounds" -> o.reactiveRounds = Integer.parseInt(value);
                    case "token-delay-ms" -> o.tokenDelayMillis = Integer.parseInt(value);
                    case "floor-jar" -> o.floorJar = Path.of(value);
                    case "launcher" -> o.launcher = value.isBlank() ? null : Path.of(value);
                    case "block-rounds" -> o.blockRounds = Integer.parseInt(value);
                    case "latency-callers" -> o.latencyCallers = Integer.parseInt(value);
                    case "zoom-delay-ms" -> o.zoomDelayMillis = Integer.parseInt(value);
                    case "latency-rounds" -> o.latencyRounds = Integer.parseInt(value);
                    case "grants" -> o.grants = Integer.parseInt(value);
                    case "connect-threads" -> o.connectThreads = Integer.parseInt(value);
                    case "connect-seconds" -> o.connectSeconds = Integer.parseInt(value);
                    case "fake-meetings" -> o.fakeMeetings = Integer.parseInt(value);
                    case "skip" -> o.skipped.addAll(phases(value));
                    case "only" -> {
                        o.skipped.addAll(PHASES);
                        o.skipped.removeAll(phases(value));
                    }
                    default -> throw new IllegalArgumentException("unknown option --" + key);
                }
            }
            if (o.rssVariants == null) {
                o.rssVariants = List.of(List.of(), List.of("-Xmx128m"), o.tunedFlags);
            }
            return o;
        }

        /** Every phase, in the order they run; --skip and --only take a comma-separated list of them. */
        static final List<String> PHASES = List.of("startup", "throughput", "latency", "instances", "coldcall");

        boolean runs(String phase) {
            return !skipped.contains(phase);
        }

        private static List<String> phases(String value) {
            List<String> named = Arrays.stream(value.split(",")).map(String::trim).toList();
            named.stream().filter(name -> !PHASES.contains(name)).findFirst().ifPresent(name -> {
                throw new IllegalArgumentException("unknown phase " + name + "; phases: " + String.join(",", PHASES));
            });
            return named;
        }

        private static List<String> flags(String value) {
            return value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
        }
    }

    /** One line of the final table. */
    record Row(String measure, String target, String measured, String verdict) {
    }

    private final Options options;
    private final Path work;
    private final String encryptionKey;
    private final List<Row> summary = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final HttpClient http = browser();

    private LoadBenchmark(Options options) throws IOException {
        this.options = options;
        this.work = options.workDir != null ? Files.createDirectories(options.workDir)
                : Files.createTempDirectory("zoom-bench-");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.encryptionKey = Base64.getEncoder().encodeToString(key);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (!Files.isRegularFile(options.serviceJar)) {
            System.err.println("No service jar at " + options.serviceJar.toAbsolutePath()
                    + " (build it: cd /work/main && mvn -q -B -o package -DskipTests -pl zoom-app -am)");
            System.exit(2);
        }
        if ((options.runs("throughput") || options.runs("latency")) && !Files.isRegularFile(options.floorJar)) {
            System.err.println("No floor jar at " + options.floorJar.toAbsolutePath()
                    + " (build it: cd bench && mvn -q -B -o -pl floor package), or --skip=throughput,latency");
            System.exit(2);
        }
        LoadBenchmark bench = new LoadBenchmark(options);
        int status = 0;
        try {
            bench.run();
        } catch (Throwable e) {
            status = 1;
            System.out.println();
            System.out.println("FAILED: " + e);
            e.printStackTrace(System.out);
        } finally {
            bench.printSummary();
            if (options.keep || status != 0) {
                System.out.println("Work directory (logs, databases) kept: " + bench.work);
            } else {
                deleteTree(bench.work);
            }
        }
        System.exit(status);
    }

    private void run() throws Exception {
        log("machine: " + Runtime.getRuntime().availableProcessors() + " cpus, load average " + loadAverage()
                + ", service jar " + options.serviceJar.toAbsolutePath());
        log("work directory " + work);
        // A private copy: the jar under zoom-app/target may be rebuilt while this runs (and AppCDS needs a stable jar).
        Path copy = work.resolve("zoom-app-all.jar");
        Files.copy(options.serviceJar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        log("service jar " + options.serviceJar.toAbsolutePath() + " (" + Files.size(copy) / (1024 * 1024) + " MB, built "
                + Files.getLastModifiedTime(options.serviceJar) + "), run from a copy");
        options.serviceJar = copy;
        if (options.runs("throughput") || options.runs("latency")) {
            Path floorCopy = work.resolve("zoom-floor.jar");
            Files.copy(options.floorJar, floorCopy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            log("floor jar " + options.floorJar.toAbsolutePath() + " (" + Files.size(floorCopy) / (1024 * 1024) + " MB), run from a copy");
            options.floorJar = floorCopy;
        }
        try (FakeZoom zoom = FakeZoom.start()) {
            zoom.keepAtMostMeetings(options.fakeMeetings);
            log("fake Zoom on " + zoom.baseUrl() + ", keeping at most " + options.fakeMeetings + " meetings");
            Path db = work.resolve("single");
            String h2File = h2FileUrl(db);
            if (options.runs("startup")) {
                startupPhase(zoom, db, h2File);
            }
            if (options.runs("throughput")) {
                throughputPhase(zoom, db, h2File);
            }
            if (options.runs("latency")) {
                latencyPhase(zoom, db, h2File);
            }
        }
        if (options.runs("instances")) {
            instancesPhase();
        }
        if (options.runs("coldcall")) {
            try (FakeZoom zoom = FakeZoom.start()) {
                zoom.keepAtMostMeetings(options.fakeMeetings);
                coldCallPhase(zoom);
            }
        }
    }

    private static String h2FileUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("zoomoauth").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";
    }

    // ------------------------------------------------------------------ start-up

    /** A start-up variant: JVM flags for {@code java -jar}, or (launcher) the bin/zoom-oauth script as it ships. */
    private record Variant(String name, List<String> flags, boolean launcher) {
        Variant(String name, List<String> flags) {
            this(name, flags, false);
        }
    }

    private void startupPhase(FakeZoom zoom, Path db, String h2Url) {
        log("== start-up time to healthy (process start until GET /health answers UP) ==  load average " + loadAverage());
        try (ServiceProcess first = launch("startup-first", List.of(), zoom, h2Url, ServiceProcess.freePort(), db)) {
            double ms = first.awaitHealthy(120_000);
            log(String.format("first start on an empty database (Flyway creates the schema): %.0f ms (Micronaut says %s ms)",
                    ms, first.micronautStartupMillis().map(String::valueOf).orElse("?")));
            summary.add(new Row("start-up, first start on empty DB (migrations), default flags", "—",
                    String.format("%.0f ms", ms), "info"));
            first.stop(30);
        }
        Path archive = work.resolve("zoom-app.jsa");
        boolean cds = trainAppCds(zoom, db, h2Url, archive);
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("default flags", List.of()));
        variants.add(new Variant("-XX:TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=1")));
        if (cds) {
            variants.add(new Variant("AppCDS", List.of("-XX:SharedArchiveFile=" + archive)));
            variants.add(new Variant("AppCDS + TieredStopAtLevel=1",
                    List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1")));
        }
        variants.add(new Variant("tuned: " + String.join(" ", options.tunedFlags), options.tunedFlags));
        if (cds) {
            List<String> tunedCds = new ArrayList<>(options.tunedFlags);
            tunedCds.add("-XX:SharedArchiveFile=" + archive);
            variants.add(new Variant("tuned + AppCDS", tunedCds));
        }
        if (options.launcher != null && launcherFirstRun(zoom, db, h2Url)) {
            variants.add(new Variant("launcher " + options.launcher.getFileName() + " (its AppCDS archive, C1, -Xmx128m)",
                    List.of(), true));
        }
        Map<String, List<Double>> results = new LinkedHashMap<>();
        Map<String, List<Long>> micronaut = new LinkedHashMap<>();
        for (int round = 0; round < options.starts; round++) {
            for (Variant variant : variants) {
                int port = ServiceProcess.freePort();
                try (ServiceProcess service = variant.launcher() ? launchViaLauncher("startup-launcher", zoom, h2Url, port, db)
                        : launch("startup", variant.flags(), zoom, h2Url, port, db)) {
                    double ms = service.awaitHealthy(120_000);
                    results.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(ms);
                    service.micronautStartupMillis().ifPresent(m ->
                            micronaut.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(m));
                    log(String.format("  %-40s %6.0f ms", variant.name(), ms));
                    if (service.tail(200).contains("Sharing is only supported") || service.tail(200).contains("Unable to use shared archive")) {
                        notes.add("AppCDS archive was rejected by the JVM in variant " + variant.name());
                    }
                    service.stop(30);
                }
            }
        }
        for (Variant variant : variants) {
            List<Double> runs = results.get(variant.name());
            double median = median(runs);
            String detail = String.format("median %.0f ms (n=%d, min %.0f, max %.0f; Micronaut's own figure %s ms)",
                    median, runs.size(), runs.stream().mapToDouble(d -> d).min().orElse(0),
                    runs.stream().mapToDouble(d -> d).max().orElse(0),
                    micronaut.containsKey(variant.name()) ? String.valueOf((long) median(micronaut.get(variant.name()).stream()
                            .map(Long::doubleValue).toList())) : "?");
            summary.add(new Row("start-up to healthy, " + variant.name(), "≤ 1500 ms", detail,
                    median <= 1500 ? "MET" : "MISSED"));
        }
    }

    /**
     * The service started by bin/zoom-oauth (JAVA_OPTS unset: the launcher's own defaults) on the private jar copy;
     * the launcher keeps its AppCDS archive next to that jar. It runs the benchmark's java, as the other variants.
     */
    private ServiceProcess launchViaLauncher(String name, FakeZoom zoom, String dbUrl, int port, Path dir) {
        URI redirect = URI.create("http://127.0.0.1:" + port + "/oauth/callback");
        Map<String, String> env = serviceEnv(zoom, dbUrl, redirect, dir.resolve("data"));
        env.put("ZOOM_APP_JAR", options.serviceJar.toString());
        env.put("PATH", ServiceProcess.java().getParent() + java.io.File.pathSeparator + System.getenv("PATH"));
        return ServiceProcess.launchCommand(name, List.of(options.launcher.toString()), List.of(), env, port, dir);
    }

    /** The launcher's first start after a build: it writes its AppCDS archive when the service stops. */
    private boolean launcherFirstRun(FakeZoom zoom, Path db, String h2Url) {
        Path archive = options.serviceJar.resolveSibling(options.serviceJar.getFileName().toString()
                .replaceFirst("\\.jar$", ".jsa"));
        try (ServiceProcess first = launchViaLauncher("launcher-first", zoom, h2Url, ServiceProcess.freePort(), db)) {
            double ms = first.awaitHealthy(120_000);
            int exit = first.stop(120);
            boolean ok = Files.isRegularFile(archive);
            log(String.format("launcher %s, first start (no archive yet): %.0f ms; exited with %d; archive %s", options.launcher,
                    ms, exit, ok ? sizeMb(archive) + " MB" : "NOT written"));
            summary.add(new Row("start-up, launcher's first start after a build (writes its archive)", "—",
                    String.format("%.0f ms", ms), "info"));
            if (!ok) {
                notes.add("the launcher wrote no AppCDS archive at " + archive + "; its variant is skipped. Log tail:\n"
                        + first.tail(20));
            }
            return ok;
        }
    }

    /** A training run with -XX:ArchiveClassesAtExit: start, exercise the main request paths, stop (the JVM writes the archive). */
    private boolean trainAppCds(FakeZoom zoom, Path db, String h2Url, Path archive) {
        log("AppCDS: training run with -XX:ArchiveClassesAtExit=" + archive);
        try (ServiceProcess training = launch("appcds-training", List.of("-XX:ArchiveClassesAtExit=" + archive), zoom,
                h2Url, ServiceProcess.freePort(), db)) {
            training.awaitHealthy(120_000);
            int port = training.port;
            try (HttpConnection c = new HttpConnection(port)) {
                for (int i = 0; i < 20; i++) {
                    c.exchange(HttpConnection.request("GET", "/health", port, null, "application/json", null));
                    c.exchange(HttpConnection.request("GET", "/api/connections", port, "Bearer " + API_KEY, "application/json", null));
                    c.exchange(HttpConnection.request("GET", "/oauth/authorize", port, null, "*/*", null));
                    c.exchange(HttpConnection.request("POST", "/api/users/nobody@example.com/meetings", port,
                            "Bearer " + API_KEY, "application/json", BODY));
                    c.exchange(HttpConnection.request("GET", "/", port, null, "text/html", null));
                }
            } catch (IOException e) {
                log("  (training requests failed: " + e + ")");
            }
            int exit = training.stop(120);
            boolean ok = Files.isRegularFile(archive);
            log("  training run exited with " + exit + "; archive " + (ok ? sizeMb(archive) + " MB" : "NOT written"));
            if (!ok) {
                notes.add("AppCDS: the training run did not write an archive; AppCDS variants skipped. Log tail:\n"
                        + training.tail(20));
            }
            return ok;
        }
    }

    // ------------------------------------------------------------------ throughput, latency, RSS

    private void throughputPhase(FakeZoom zoom, Path db, String h2Url) throws Exception {
        int port = ServiceProcess.freePort();
        zoom.registerApp(CLIENT_ID, CLIENT_SECRET, URI.create("http://127.0.0.1:" + port + "/oauth/callback"));
        log("== meetings through the service vs the floors vs straight at the fake ==  load average " + loadAverage());
        List<LoadRunner.Target> viaService;
        long serviceCalls = 0;
        try (ServiceProcess service = launch("service", options.serviceFlags, zoom, h2Url, port, db);
             ServiceProcess floorAsync = launchFloor("async", options.serviceFlags, zoom);
             ServiceProcess floorBlocking = launchFloor("blocking", options.serviceFlags, zoom)) {
            log(String.format("service up in %.0f ms (flags: %s), pid %d", service.awaitHealthy(120_000),
                    options.serviceFlags.isEmpty() ? "none" : String.join(" ", options.serviceFlags), service.pid()));
            awaitFloors(floorAsync, floorBlocking);
            long[] idle = service.rssKb();
            List<RouteComparison.Route> routes = routes(zoom, service, floorAsync, floorBlocking, options.users, "bench");
            Map<String, RouteComparison.Route> byName = routes.stream()
                    .collect(Collectors.toMap(RouteComparison.Route::name, r -> r, (a, b) -> a, LinkedHashMap::new));
            viaService = byName.get(TYPED).targets();
            serviceCalls += 2L * options.users;
            zoom.resetCounters();

            // The same warm-up for every route: the floors' JIT needs it as much as the service's.
            for (RouteComparison.Route route : routes) {
                LoadRunner.Result warm = LoadRunner.run("warm-up " + route.name(), route.targets(), options.workers,
                        options.warmupSeconds * 1000L, 0);
                serviceCalls += route.process() == service ? warm.requests() : 0;
                log(warm.line());
                zoom.resetCounters();
            }

            // Latency without queueing: one request at a time, every route.
            Map<String, LoadRunner.Result> single = new LinkedHashMap<>();
            for (RouteComparison.Route route : routes) {
                LoadRunner.Result r = LoadRunner.run("1 worker, " + route.name(), route.targets(), 1, 0, options.latencyRequests);
                single.put(route.name(), r);
                serviceCalls += route.process() == service ? r.requests() : 0;
                log(r.line());
                zoom.resetCounters();
            }
            LoadRunner.Result latDirect = single.get(DIRECT);
            LoadRunner.Result latService = single.get(TYPED);

            // Throughput: a fixed number of workers, alternating blocks so drift hits every route alike.
            long tokenCallsBefore = zoom.tokenCalls("refresh_token");
            Map<String, RouteComparison.Measured> m = RouteComparison.alternate(options.workers + " workers,", routes,
                    options.workers, options.durationSeconds * 1000L, options.blockRounds, zoom::resetCounters);
            m.values().forEach(measured -> log(measured.line()));
            serviceCalls += m.get(TYPED).result().requests() + m.get(PROXY).result().requests();
            long[] rss = service.rssKb();
            long callsAtRss = serviceCalls;
            log(String.format("service RSS after %d calls: %d MB (peak %d MB; idle after start-up was %d MB)",
                    serviceCalls, rss[0] / 1024, rss[1] / 1024, idle[0] / 1024));
            if (zoom.tokenCalls("refresh_token") != tokenCallsBefore) {
                notes.add("the service refreshed tokens during the throughput run (unexpected)");
            }
            floorRows(options.workers + " workers", m, single);

            LoadRunner.Result d = m.get(DIRECT).result();
            LoadRunner.Result s = m.get(TYPED).result();
            String cpu = String.format("service process %.3f ms typed, %.3f ms proxied; load generator + fake %.3f ms"
                            + " (direct run: %.3f ms)", m.get(TYPED).cpuPerCall(), m.get(PROXY).cpuPerCall(),
                    m.get(TYPED).generatorCpuPerCall(), m.get(DIRECT).generatorCpuPerCall());
            log("CPU per request: " + cpu);
            summary.add(new Row("CPU time per created meeting (" + options.workers + " workers)", "report", cpu, "info"));
            // The floor of the HTTP stack: a page served on the event loop, no API key, no database, no Zoom call.
            byte[] home = HttpConnection.request("GET", "/", port, null, "text/html", null);
            double floor0 = service.cpuMillis();
            LoadRunner.Result floor = LoadRunner.run("GET / (no Zoom call)", List.of(new LoadRunner.Target("home", port,
                    home, 200)), options.workers, options.durationSeconds * 500L, 0);
            double floorCpu = (service.cpuMillis() - floor0) / floor.requests();
            serviceCalls += floor.requests();
            log(floor.line() + String.format("; service CPU %.3f ms per request", floorCpu));
            summary.add(new Row("for scale: GET / on the service (" + options.workers + " workers; no DB, no Zoom call)",
                    "report", String.format("%.0f req/s, service CPU %.3f ms per request, p50 %.3f ms",
                    floor.throughput(), floorCpu, floor.percentileMillis(50)), "info"));
            double ratio = s.throughput() / d.throughput();
            summary.add(new Row("throughput ratio service/direct (" + options.workers + " workers, typed create)",
                    "≥ 0.80", String.format("%.2f  (%.0f vs %.0f req/s; errors %d/%d)", ratio, s.throughput(),
                    d.throughput(), s.errors(), d.errors()), ratio >= 0.8 ? "MET" : "MISSED"));
            double added50 = latService.percentileMillis(50) - latDirect.percentileMillis(50);
            double added99 = latService.percentileMillis(99) - latDirect.percentileMillis(99);
            summary.add(new Row("added p50 latency, 1 worker (no queueing)", "≤ 1 ms",
                    String.format("%.3f ms  (%.3f vs %.3f ms)", added50, latService.percentileMillis(50),
                            latDirect.percentileMillis(50)), added50 <= 1.0 ? "MET" : "MISSED"));
            summary.add(new Row("added p99 latency, 1 worker", "report",
                    String.format("%.3f ms  (%.3f vs %.3f ms)", added99, latService.percentileMillis(99),
                            latDirect.percentileMillis(99)), "info"));
            summary.add(new Row("added p50 / p99 latency, " + options.workers + " workers (includes queueing)", "report",
                    String.format("%.3f / %.3f ms  (service %.3f / %.3f, direct %.3f / %.3f)",
                            s.percentileMillis(50) - d.percentileMillis(50), s.percentileMillis(99) - d.percentileMillis(99),
                            s.percentileMillis(50), s.percentileMillis(99), d.percentileMillis(50), d.percentileMillis(99)),
                    "info"));
            summary.add(new Row("RSS after " + callsAtRss + " calls, " + describeFlags(options.serviceFlags), "≤ 256 MB",
                    String.format("%d MB (peak %d MB, idle %d MB)", rss[0] / 1024, rss[1] / 1024, idle[0] / 1024),
                    rss[0] / 1024 <= 256 ? "MET" : "MISSED"));
            service.stop(30);
        }

        // RSS after options.rssCalls calls on a fresh process, per JVM-flag set, and what the flags cost in throughput.
        log("== RSS after " + options.rssCalls + " calls, per JVM-flag set ==  load average " + loadAverage());
        for (List<String> flags : options.rssVariants) {
            int variantPort = ServiceProcess.freePort();
            try (ServiceProcess variant = launch("service-rss", flags, zoom, h2Url, variantPort, db)) {
                log(String.format("service up in %.0f ms (flags: %s), pid %d", variant.awaitHealthy(120_000),
                        describeFlags(flags), variant.pid()));
                List<LoadRunner.Target> targets = viaService.stream().map(t -> new LoadRunner.Target("rss", variantPort,
                        new String(t.request()).replace("127.0.0.1:" + port, "127.0.0.1:" + variantPort).getBytes(), 201))
                        .toList();
                long[] idle = variant.rssKb();
                LoadRunner.Result r = LoadRunner.run(options.workers + " workers, " + describeFlags(flags), targets,
                        options.workers, 0, options.rssCalls);
                log(r.line());
                long[] rss = variant.rssKb();
                log(String.format("RSS after %d calls: %d MB (peak %d MB; idle after start-up %d MB)", r.requests(),
                        rss[0] / 1024, rss[1] / 1024, idle[0] / 1024));
                LoadRunner.Result more = LoadRunner.run(options.workers + " workers, warm", targets, options.workers,
                        options.durationSeconds * 1000L, 0);
                log(more.line());
                long[] rssAfter = variant.rssKb();
                summary.add(new Row("RSS after " + r.requests() + " calls, " + describeFlags(flags), "≤ 256 MB",
                        String.format("%d MB (peak %d, idle %d; %d MB after %d more calls, at %.0f req/s warm; errors %d)",
                                rss[0] / 1024, rss[1] / 1024, idle[0] / 1024, rssAfter[0] / 1024, more.requests(),
                                more.throughput(), r.errors() + more.errors()),
                        rss[0] / 1024 <= 256 ? "MET" : "MISSED"));
                variant.stop(30);
            }
            zoom.resetCounters();
        }
        zoom.resetCounters();
    }

    // ------------------------------------------------------------------ routes of one create, floors

    static final String DIRECT = "direct";
    static final String FLOOR_ASYNC = "floor-async";
    static final String FLOOR_BLOCKING = "floor-blocking";
    static final String PROXY = "service-proxy";
    static final String TYPED = "service-typed";
    /** Where the floors forward a create (bench/floor ZoomCall.PATH). */
    static final String FLOOR_PATH = "/v2/users/me/meetings";

    /** A floor process (bench/floor): {@code mode} is async or blocking; it forwards to the fake. */
    private ServiceProcess launchFloor(String mode, List<String> flags, FakeZoom zoom) {
        String name = "floor-" + mode;
        return ServiceProcess.launch(name, options.floorJar, flags, Map.of("FLOOR_MODE", mode, "FLOOR_ZOOM_URL",
                zoom.baseUrl().toString()), ServiceProcess.freePort(), work.resolve(name));
    }

    private static void awaitFloors(ServiceProcess... floors) {
        for (ServiceProcess floor : floors) {
            log(String.format("%s up in %.0f ms, pid %d", floor.name, floor.awaitHealthy(120_000), floor.pid()));
        }
    }

    /**
     * Connects {@code count} users through the service and builds, for each, the five routes of one create: straight
     * at the fake (the path and Zoom token the service used), through each floor (the same Zoom token), through the
     * service's proxy ({@code /api/users/{id}/zoom/users/me/meetings}) and its typed route ({@code /api/users/{id}/meetings}).
     */
    private List<RouteComparison.Route> routes(FakeZoom zoom, ServiceProcess service, ServiceProcess floorAsync,
                                               ServiceProcess floorBlocking, int count, String prefix) throws Exception {
        Map<String, List<LoadRunner.Target>> targets = new LinkedHashMap<>();
        List.of(DIRECT, FLOOR_ASYNC, FLOOR_BLOCKING, PROXY, TYPED).forEach(name -> targets.put(name, new ArrayList<>()));
        int fakePort = zoom.baseUrl().getPort();
        String zoomPath = null;
        for (int i = 0; i < count; i++) {
            String userId = zoom.addUser(prefix + i + "@example.com", "Bench", "User" + i);
            connect(zoom, service.port, userId);
            byte[] typed = HttpConnection.request("POST", "/api/users/" + userId + "/meetings", service.port,
                    "Bearer " + API_KEY, "application/json", BODY);
            byte[] proxied = HttpConnection.request("POST", "/api/users/" + userId + "/zoom/users/me/meetings", service.port,
                    "Bearer " + API_KEY, "application/json", BODY);
            createOnce(zoom, service.port, proxied, userId);
            ApiCall call = createOnce(zoom, service.port, typed, userId);
            zoomPath = call.rawPath();
            String bearer = "Bearer " + call.bearerToken();
            targets.get(DIRECT).add(new LoadRunner.Target(DIRECT, fakePort,
                    HttpConnection.request("POST", call.rawPath(), fakePort, bearer, "application/json", BODY), 201));
            for (ServiceProcess floor : List.of(floorAsync, floorBlocking)) {
                targets.get(floor.name).add(new LoadRunner.Target(floor.name, floor.port,
                        HttpConnection.request("POST", FLOOR_PATH, floor.port, bearer, "application/json", BODY), 201));
            }
            targets.get(PROXY).add(new LoadRunner.Target(PROXY, service.port, proxied, 201));
            targets.get(TYPED).add(new LoadRunner.Target(TYPED, service.port, typed, 201));
        }
        log("connected " + count + " users through the service; its typed create calls the fake at POST " + zoomPath
                + ", the direct load uses that path and the user's own Zoom token, the floors forward to POST " + FLOOR_PATH);
        Map<String, ServiceProcess> processes = Map.of(FLOOR_ASYNC, floorAsync, FLOOR_BLOCKING, floorBlocking,
                PROXY, service, TYPED, service);
        return targets.entrySet().stream().map(e -> new RouteComparison.Route(e.getKey(), processes.get(e.getKey()),
                e.getValue())).toList();
    }

    /** Sends one create through the service; returns the fake's record of the create it made. */
    private static ApiCall createOnce(FakeZoom zoom, int port, byte[] request, String userId) throws IOException {
        try (HttpConnection c = new HttpConnection(port)) {
            HttpConnection.Response answer = c.exchange(request);
            if (answer.status() != 201) {
                throw new IllegalStateException("create meeting through the service: " + answer.status() + " " + answer.text());
            }
        }
        return zoom.apiCalls().stream()
                .filter(a -> a.method().equals("POST") && a.rawPath().endsWith("/meetings") && a.status() == 201)
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("the fake saw no create for " + userId));
    }

    /** Each route's own figures, then the service's routes as ratios to their floors (goals from issue 13). */
    private void floorRows(String scope, Map<String, RouteComparison.Measured> m, Map<String, LoadRunner.Result> single) {
        for (RouteComparison.Measured r : m.values()) {
            summary.add(new Row(scope + ": " + r.name(), "report", String.format("%.0f req/s, p50 %.3f / p99 %.3f ms,"
                            + " CPU/call %s, generator+fake %.3f ms; errors %d", r.result().throughput(),
                    r.result().percentileMillis(50), r.result().percentileMillis(99),
                    Double.isNaN(r.cpuPerCall()) ? "-" : String.format("%.3f ms", r.cpuPerCall()),
                    r.generatorCpuPerCall(), r.result().errors()), "info"));
        }
        ratioRows(scope, m.get(PROXY), m.get(FLOOR_ASYNC), 1.3, single);
        ratioRows(scope, m.get(TYPED), m.get(FLOOR_BLOCKING), 1.2, single);
        summary.add(new Row(scope + ": " + TYPED + " vs " + FLOOR_ASYNC + ", CPU per call", "report",
                String.format("%.2f", m.get(TYPED).cpuPerCall() / m.get(FLOOR_ASYNC).cpuPerCall()), "info"));
    }

    private void ratioRows(String scope, RouteComparison.Measured route, RouteComparison.Measured floor, double cpuGoal,
                           Map<String, LoadRunner.Result> single) {
        String pair = route.name() + " / " + floor.name();
        double cpu = route.cpuPerCall() / floor.cpuPerCall();
        summary.add(new Row(scope + ": " + pair + ", CPU per call", "≤ " + cpuGoal, String.format("%.2f  (%.3f vs %.3f ms)",
                cpu, route.cpuPerCall(), floor.cpuPerCall()), cpu <= cpuGoal ? "MET" : "MISSED"));
        summary.add(new Row(scope + ": " + pair + ", req/s | p50 | p99", "report", ratios(route.result(), floor.result()), "info"));
        LoadRunner.Result one = single.get(route.name());
        LoadRunner.Result oneFloor = single.get(floor.name());
        summary.add(new Row("1 worker: " + pair + ", req/s | p50 | p99", "report", ratios(one, oneFloor), "info"));
    }

    /** "req/s ratio | p50 ratio | p99 ratio (the figures)" of {@code a} to {@code b}. */
    private static String ratios(LoadRunner.Result a, LoadRunner.Result b) {
        return String.format("%.2f | %.2f | %.2f  (%.0f vs %.0f req/s; p50 %.3f vs %.3f ms; p99 %.3f vs %.3f ms)",
                a.throughput() / b.throughput(), a.percentileMillis(50) / b.percentileMillis(50),
                a.percentileMillis(99) / b.percentileMillis(99), a.throughput(), b.throughput(), a.percentileMillis(50),
                b.percentileMillis(50), a.percentileMillis(99), b.percentileMillis(99));
    }

    // ------------------------------------------------------------------ latency-bound: Zoom answers late, 400 callers

    private void latencyPhase(FakeZoom zoom, Path db, String h2Url) throws Exception {
        int port = ServiceProcess.freePort();
        zoom.registerApp(CLIENT_ID, CLIENT_SECRET, URI.create("http://127.0.0.1:" + port + "/oauth/callback"));
        log("== latency-bound: the fake answers creates after " + options.zoomDelayMillis + " ms, "
                + options.latencyCallers + " callers; the service with its default settings ==  load average " + loadAverage());
        // Defaults on purpose: no JVM flags, no settings beyond what every phase sets (issue 13: goal with defaults).
        try (ServiceProcess service = launch("service-latency", List.of(), zoom, h2Url, port, db);
             ServiceProcess floorAsync = launchFloor("async", List.of(), zoom);
             ServiceProcess floorBlocking = launchFloor("blocking", List.of(), zoom)) {
            log(String.format("service up in %.0f ms (default flags), pid %d", service.awaitHealthy(120_000), service.pid()));
            awaitFloors(floorAsync, floorBlocking);
            List<RouteComparison.Route> routes = routes(zoom, service, floorAsync, floorBlocking, options.users, "late")
                    .stream().filter(route -> !route.name().equals(DIRECT)).toList();
            // Every create on any user path, for the whole phase; GETs (and the token endpoint) answer at once.
            zoom.failNext("POST", "/v2/users/*", Integer.MAX_VALUE, Fault.delay(Duration.ofMillis(options.zoomDelayMillis)));
            try {
                for (RouteComparison.Route route : routes) {
                    log(LoadRunner.run("warm-up " + route.name(), route.targets(), options.latencyCallers,
                            options.warmupSeconds * 1000L, 0).line());
                    zoom.resetCounters();
                }
                String scope = "Zoom " + options.zoomDelayMillis + " ms, " + options.latencyCallers + " callers";
                Map<String, RouteComparison.Measured> m = RouteComparison.alternate(options.latencyCallers + " callers,",
                        routes, options.latencyCallers, options.durationSeconds * 1000L, options.latencyRounds,
                        zoom::resetCounters);
                m.values().forEach(measured -> log(measured.line()));
                log("service->Zoom connections open: " + establishedTo(zoom.baseUrl().getPort()) + " (all processes)");
                for (RouteComparison.Measured r : m.values()) {
                    summary.add(new Row(scope + ": " + r.name(), "report", String.format("%.0f req/s, p50 %.1f / p99 %.1f ms,"
                                    + " CPU/call %.3f ms; errors %d%s", r.result().throughput(), r.result().percentileMillis(50),
                            r.result().percentileMillis(99), r.cpuPerCall(), r.result().errors(),
                            r.result().firstError() == null ? "" : " (first: " + r.result().firstError() + ")"), "info"));
                }
                LoadRunner.Result floor = m.get(FLOOR_ASYNC).result();
                LoadRunner.Result proxy = m.get(PROXY).result();
                double ratio = proxy.throughput() / floor.throughput();
                summary.add(new Row(scope + ": " + PROXY + " / " + FLOOR_ASYNC + ", req/s", "≥ 0.95",
                        String.format("%.2f  (%.0f vs %.0f req/s)", ratio, proxy.throughput(), floor.throughput()),
                        ratio >= 0.95 ? "MET" : "MISSED"));
                summary.add(new Row(scope + ": " + PROXY + " / " + FLOOR_ASYNC + ", req/s | p50 | p99", "report",
                        ratios(proxy, floor), "info"));
                summary.add(new Row(scope + ": " + TYPED + " / " + FLOOR_ASYNC + ", req/s | p50 | p99", "report",
                        ratios(m.get(TYPED).result(), floor), "info"));
                summary.add(new Row(scope + ": " + TYPED + " / " + FLOOR_BLOCKING + ", req/s | p50 | p99", "report",
                        ratios(m.get(TYPED).result(), m.get(FLOOR_BLOCKING).result()), "info"));
            } finally {
                zoom.clearFaults();
                zoom.resetCounters();
            }
            service.stop(30);
        }
    }

    // ------------------------------------------------------------------ cold first call after a restart, many grants

    private void coldCallPhase(FakeZoom zoom) throws Exception {
        log("== cold first call per user after a restart with " + options.grants + " grants ==  load average " + loadAverage());
        Path db = work.resolve("grants");
        String url = h2FileUrl(db);
        int port = ServiceProcess.freePort();
        zoom.registerApp(CLIENT_ID, CLIENT_SECRET, URI.create("http://127.0.0.1:" + port + "/oauth/callback"));
        List<String> users;
        try (ServiceProcess service = launch("service-grants", List.of(), zoom, url, port, db)) {
            log(String.format("service up in %.0f ms (default flags), pid %d", service.awaitHealthy(120_000), service.pid()));
            long started = System.nanoTime();
            users = ParallelConnect.connect(zoom, port, options.grants, options.connectThreads,
                    Duration.ofSeconds(options.connectSeconds));
            double seconds = (System.nanoTime() - started) / 1e9;
            log(String.format("connected %d users in %.1f s (%.0f connects/s, %d parallel OAuth flows)", users.size(), seconds,
                    users.size() / seconds, options.connectThreads));
            summary.add(new Row("connect " + options.grants + " users (real OAuth flow, " + options.connectThreads
                    + " in parallel)", "report", String.format("%d connected in %.1f s (%.0f/s)", users.size(), seconds,
                    users.size() / seconds), users.size() == options.grants ? "info" : "MISSED"));
            log("service stopped with " + service.stop(30));
        }
        int restartPort = ServiceProcess.freePort();
        try (ServiceProcess service = launch("service-restarted", List.of(), zoom, url, restartPort, db)) {
            log(String.format("restarted in %.0f ms (default flags), pid %d", service.awaitHealthy(120_000), service.pid()));
            List<String> order = new ArrayList<>(users);
            java.util.Collections.shuffle(order, new java.util.Random(13));
            // The first calls of a fifth of the users warm the JIT (and the pools) up, so that what is measured on
            // the others is what a first call per user costs (a store read and a decryption), not the JIT.
            List<String> warmUp = order.subList(0, order.size() / 5);
            order = new ArrayList<>(order.subList(order.size() / 5, order.size()));
            log(oneCallEach("first call of the warm-up users", warmUp, restartPort).line());
            LoadRunner.Result cold = oneCallEach("first call per user after the restart", order, restartPort);
            log(cold.line());
            LoadRunner.Result warm = oneCallEach("second call per user", order, restartPort);
            log(warm.line());
            summary.add(new Row("cold first call per user after a restart, " + users.size() + " grants (" + order.size()
                    + " measured after " + warmUp.size() + " warm-up users), 1 worker",
                    "≤ before: p50 0.6, p99 3.8 ms", String.format("p50 %.3f ms, p99 %.3f ms, max %.1f ms; errors %d"
                            + " (the second call per user: p50 %.3f, p99 %.3f ms)", cold.percentileMillis(50),
                    cold.percentileMillis(99), cold.percentileMillis(100), cold.errors(), warm.percentileMillis(50),
                    warm.percentileMillis(99)),
                    cold.errors() == 0 && cold.percentileMillis(50) <= 0.6 && cold.percentileMillis(99) <= 3.8 ? "MET" : "MISSED"));
            service.stop(30);
        }
    }

    /** One typed create per user, in {@code order}, one at a time on one keep-alive connection. */
    private static LoadRunner.Result oneCallEach(String label, List<String> order, int port) {
        List<LoadRunner.Target> targets = order.stream().map(user -> new LoadRunner.Target(label, port,
                HttpConnection.request("POST", "/api/users/" + user + "/meetings", port, "Bearer " + API_KEY,
                        "application/json", BODY), 201)).toList();
        return LoadRunner.runInOrder(label, targets);
    }

    /** The browser's path with {@link #http}: our /oauth/authorize → Zoom (the user allows) → our /oauth/callback. */
    private void connect(FakeZoom zoom, int port, String userId) throws Exception {
        connect(http, zoom, port, userId);
    }

    /**
     * One connect through the real OAuth flow. The fake approves the authorization request as {@code userId} with
     * the checks of its /oauth/authorize, without a global consent mode, so flows for different users may run in
     * parallel (one {@code browser}, with its own cookies, per thread).
     */
    static void connect(HttpClient browser, FakeZoom zoom, int port, String userId) throws Exception {
        HttpResponse<String> toZoom = get(browser, URI.create("http://127.0.0.1:" + port + "/oauth/authorize"), null);
        require(toZoom.statusCode() == 302, "authorize should redirect to Zoom: " + toZoom.statusCode());
        URI back = zoom.approve(URI.create(toZoom.headers().firstValue("Location").orElseThrow()), userId);
        HttpResponse<String> done = get(browser, back, "application/json");
        require(done.statusCode() == 200, "callback: " + done.statusCode() + " " + done.body());
    }

    /** A client that keeps cookies like a browser: the callback must carry the cookie /oauth/authorize set. */
    static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient browser, URI uri, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ------------------------------------------------------------------ 3 instances, one database, 100 callers each

    private void instancesPhase() throws Exception {
        log("== " + options.instances + " instances x " + options.callersPerInstance
                + " concurrent callers at expiry: Zoom token calls per grant ==  load average " + loadAverage());
        Path dbDir = Files.createDirectories(work.resolve("shared-db"));
        Server h2 = Server.createTcpServer("-tcp", "-tcpPort", "0", "-baseDir", dbDir.toString(), "-ifNotExists").start();
        List<ServiceProcess> services = new ArrayList<>();
        Duration skew = Duration.ofMinutes(5);
        Duration lead = Duration.ofSeconds(6);
        try (FakeZoom zoom = FakeZoom.start()) {
            String url = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/shared;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
            log("shared database " + url + ", fake Zoom " + zoom.baseUrl());
            int[] ports = new int[options.instances];
            for (int i = 0; i < ports.length; i++) {
                ports[i] = ServiceProcess.freePort();
            }
            URI redirect = URI.create("http://127.0.0.1:" + ports[0] + "/oauth/callback");
            zoom.registerApp(CLIENT_ID, CLIENT_SECRET, redirect);
            // Instance 1 migrates the schema; the others start in parallel after it.
            Map<String, String> env = serviceEnv(zoom, url, redirect, work.resolve("instance-data"));
            services.add(ServiceProcess.launch("instance-1", options.serviceJar, List.of(), env, ports[0], work.resolve("instance-1")));
            services.get(0).awaitHealthy(120_000);
            for (int i = 1; i < ports.length; i++) {
                services.add(ServiceProcess.launch("instance-" + (i + 1), options.serviceJar, List.of(), env, ports[i],
                        work.resolve("instance-" + (i + 1))));
            }
            for (ServiceProcess s : services) {
                s.awaitHealthy(120_000);
            }
            log(services.size() + " instances healthy on ports " + Arrays.toString(ports));

            zoom.setTokenEndpointDelay(Duration.ofMillis(options.tokenDelayMillis));
            List<String> users = new ArrayList<>();
            for (int i = 0; i < options.expiryUsers; i++) {
                String userId = zoom.addUser("shared" + i + "@example.com", "Shared", "User" + i);
                connect(zoom, ports[0], userId);
                users.add(userId);
            }
            log("connected " + users.size() + " users through instance-1; Zoom's token endpoint answers after "
                    + options.tokenDelayMillis + " ms");
            // Warm every instance up (JIT, connection pools) while the tokens are far from expiry.
            List<LoadRunner.Target> warmTargets = new ArrayList<>();
            for (int port : ports) {
                for (String user : users) {
                    warmTargets.add(new LoadRunner.Target("warm", port, HttpConnection.request("POST",
                            "/api/users/" + user + "/meetings", port, "Bearer " + API_KEY, "application/json", BODY), 201));
                }
            }
            int refreshBeforeWarm = zoom.tokenCalls("refresh_token");
            log(LoadRunner.run("warm-up, all instances", warmTargets, warmTargets.size() * 2,
                    options.warmupSeconds * 1000L, 0).line() + "; refreshes during warm-up: "
                    + (zoom.tokenCalls("refresh_token") - refreshBeforeWarm));

            // Round 1..reactiveRounds: Zoom rejects the cached access token (401 code 124) -> replaceRejected.
            // The tokens issued in the last of them are due 'lead' after issue (lifetime = skew + lead), so the
            // following rounds find them due by time (proactive refresh inside the 5-minute skew).
            int reactiveRounds = Math.max(1, options.reactiveRounds);
            long issuedAt = System.nanoTime();
            int totalRefresh = 0;
            int totalReuse = 0;
            int totalRounds = 0;
            int badRounds = 0;
            int totalErrors = 0;
            List<String> perRound = new ArrayList<>();
            for (int round = 1; round <= reactiveRounds + options.expiryRounds; round++) {
                boolean reactive = round <= reactiveRounds;
                if (round == reactiveRounds) {
                    zoom.setAccessTokenLifetime(skew.plus(lead));
                }
                if (reactive) {
                    users.forEach(zoom::expireAccessTokens);
                } else {
                    long waitNanos = issuedAt + lead.toNanos() + 1_000_000_000L - System.nanoTime();
                    if (waitNanos > 0) {
                        ServiceProcess.sleep(waitNanos / 1_000_000);
                    }
                }
                int refreshBefore = zoom.tokenCalls("refresh_token");
                int reuseBefore = zoom.refreshTokenReuseCount();
                int apiBefore = zoom.apiCalls().size();
                List<Answer> answers = fire(ports, users);
                Map<Integer, Integer> statuses = new java.util.TreeMap<>();
                answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
                long[] took = answers.stream().mapToLong(Answer::nanos).sorted().toArray();
                issuedAt = System.nanoTime();
                int refreshes = zoom.tokenCalls("refresh_token") - refreshBefore;
                int reuse = zoom.refreshTokenReuseCount() - reuseBefore;
                List<ApiCall> calls = zoom.apiCalls();
                // Each grant's callers should all have used one and the same new access token.
                long distinctTokens = calls.subList(apiBefore, calls.size()).stream()
                        .filter(call -> call.method().equals("POST") && call.status() == 201)
                        .map(ApiCall::bearerToken).distinct().count();
                int errors = statuses.entrySet().stream().filter(e -> e.getKey() != 201).mapToInt(Map.Entry::getValue).sum();
                String line = String.format("round %d (%s): %d callers -> statuses %s, per caller p50 %.0f ms, max %.0f ms; Zoom refresh calls %d for %d grants"
                                + " (%.2f per grant), refresh-token reuse %d, distinct access tokens used at Zoom %d;"
                                + " service->Zoom connections open %d",
                        round, reactive ? "Zoom rejects the cached token: 401 code 124" : "token due by time, lifetime "
                                + skew.plus(lead).toSeconds() + " s, skew 300 s",
                        ports.length * options.callersPerInstance * users.size(), statuses,
                        took.length == 0 ? Double.NaN : took[took.length / 2] / 1e6,
                        took.length == 0 ? Double.NaN : took[took.length - 1] / 1e6, refreshes,
                        users.size(), refreshes / (double) users.size(), reuse,
                        distinctTokens, establishedTo(zoom.baseUrl().getPort()));
                log(line);
                if (errors > 0) {
                    answers.stream().filter(a -> a.status() != 201).map(a -> a.status() + " " + a.body()).distinct().limit(3)
                            .forEach(a -> log("  failed call: " + a));
                    for (ServiceProcess service : services) {
                        service.warnings(3).forEach(w -> log("  " + service.name + ": " + w));
                    }
                }
                perRound.add(line);
                totalRefresh += refreshes;
                totalReuse += reuse;
                totalRounds++;
                totalErrors += errors;
                if (refreshes != users.size() || reuse != 0 || errors != 0 || distinctTokens > users.size()) {
                    badRounds++;
                }
            }
            for (ServiceProcess s : services) {
                long[] rss = s.rssKb();
                log(String.format("%s RSS %d MB (peak %d MB)", s.name, rss[0] / 1024, rss[1] / 1024));
            }
            summary.add(new Row("Zoom token calls per grant per expiry, " + services.size() + " instances x "
                    + options.callersPerInstance + " callers, " + users.size() + " grants, " + totalRounds + " rounds",
                    "exactly 1", String.format("%.2f  (%d refresh calls / (%d grants x %d rounds); reuse %d; failed calls %d;"
                            + " rounds not exactly 1: %d)", totalRefresh / (double) (users.size() * totalRounds), totalRefresh,
                    users.size(), totalRounds, totalReuse, totalErrors, badRounds), badRounds == 0 ? "MET" : "MISSED"));
        } finally {
            for (ServiceProcess s : services) {
                s.close();
            }
            h2.stop();
        }
    }

    /** Opens every caller's connection first, then releases all callers at once; returns answers by status. */
    /** One caller's answer in an expiry round. */
    private record Answer(int status, long nanos, String body) {
    }

    private List<Answer> fire(int[] ports, List<String> users) throws Exception {
        int callers = ports.length * options.callersPerInstance * users.size();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int port : ports) {
                for (String user : users) {
                    byte[] request = HttpConnection.request("POST", "/api/users/" + user + "/meetings", port,
                            "Bearer " + API_KEY, "application/json", BODY);
                    for (int i = 0; i < options.callersPerInstance; i++) {
                        answers.add(pool.submit(() -> {
                            try (HttpConnection c = new HttpConnection(port)) {
                                c.open();
                                ready.countDown();
                                go.await();
                                long started = System.nanoTime();
                                HttpConnection.Response response = c.exchange(request);
                                return new Answer(response.status(), System.nanoTime() - started,
                                        response.status() == 201 ? null : LoadRunner.abbreviate(response.text()));
                            } catch (IOException e) {
                                ready.countDown();
                                return new Answer(-1, 0, e.toString());
                            }
                        }));
                    }
                }
            }
            if (!ready.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("callers could not connect");
            }
            go.countDown();
            List<Answer> all = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                all.add(answer.get(120, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ helpers

    private ServiceProcess launch(String name, List<String> flags, FakeZoom zoom, String dbUrl, int port, Path dir) {
        URI redirect = URI.create("http://127.0.0.1:" + port + "/oauth/callback");
        return ServiceProcess.launch(name, options.serviceJar, flags, serviceEnv(zoom, dbUrl, redirect, dir.resolve("data")), port, dir);
    }

    private Map<String, String> serviceEnv(FakeZoom zoom, String dbUrl, URI redirect, Path dataDir) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ZOOM_OAUTH_URL", zoom.baseUrl().toString());
        env.put("ZOOM_API_URL", zoom.baseUrl().toString());
        env.put("ZOOM_CLIENT_ID", CLIENT_ID);
        env.put("ZOOM_CLIENT_SECRET", CLIENT_SECRET);
        env.put("ZOOM_REDIRECT_URI", redirect.toString());
        env.put("ZOOM_API_KEYS", API_KEY);
        env.put("ZOOM_TOKEN_ENCRYPTION_KEY", encryptionKey);
        env.put("ZOOM_DATA_DIR", dataDir.toString());
        env.put("DATASOURCES_DEFAULT_URL", dbUrl);
        env.put("DATASOURCES_DEFAULT_USERNAME", "sa");
        env.put("DATASOURCES_DEFAULT_PASSWORD", "");
        return env;
    }

    private void printSummary() {
        System.out.println();
        System.out.println("=".repeat(150));
        System.out.println("SUMMARY  (" + Runtime.getRuntime().availableProcessors() + " cpus; load average at the end "
                + loadAverage() + ")");
        int w1 = summary.stream().mapToInt(r -> r.measure().length()).max().orElse(10);
        int w2 = summary.stream().mapToInt(r -> r.target().length()).max().orElse(6);
        String format = "%-" + w1 + "s | %-" + w2 + "s | %-6s | %s%n";
        System.out.printf(format, "measure", "target", "result", "measured");
        System.out.println("-".repeat(150));
        for (Row row : summary) {
            System.out.printf(format, row.measure(), row.target(), row.verdict(), row.measured());
        }
        for (String note : notes) {
            System.out.println("note: " + note);
        }
        System.out.println("=".repeat(150));
    }

    /** ESTABLISHED TCP connections on this machine whose remote port is {@code port} (from /proc/net/tcp and tcp6). */
    static int establishedTo(int port) {
        String hexPort = String.format(":%04X", port);
        int count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String row : Files.readAllLines(Path.of(table))) {
                    String[] f = row.trim().split("\\s+");
                    if (f.length > 3 && f[2].endsWith(hexPort) && f[3].equals("01")) {
                        count++;
                    }
                }
            } catch (IOException e) {
                return -1;
            }
        }
        return count;
    }

    private static String describeFlags(List<String> flags) {
        return flags.isEmpty() ? "default flags" : String.join(" ", flags);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long sizeMb(Path file) {
        try {
            return Files.size(file) / (1024 * 1024);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    static void log(String message) {
        System.out.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + "  " + message);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unused")
    private static String joined(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
