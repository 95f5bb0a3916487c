package io.zoomoauth.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.zoomoauth.fake.FakeDirectory.App;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A strict, in-process fake of Zoom (OAuth and REST API on one port), behaving as docs/zoom-behaviour.md describes:
 * PKCE required and verified, single-use codes valid five minutes, exact redirect_uri, Basic client auth,
 * form-body parameters only, rotating refresh tokens (an old one fails at once with invalid_grant and is
 * counted), bearer-only API tokens, 64-bit meeting ids and an {@code x-zm-trackingid} on every answer.
 * Tests inject faults and read counters. Thread-safe. For demo mode, {@link #letThePersonPickTheUser()} shows a
 * consent page for people, and {@code /admin/} ({@link FakeAdmin}) exposes token expiry, revocation, faults and
 * counters over HTTP.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
 * try (FakeZoom zoom = FakeZoom.start(clock)) {
 *     zoom.registerApp("client-id", "client-secret", URI.create("https://app.example/callback"));
 *     String userId = zoom.addUser("ada@example.com", "Ada", "Lovelace");
 *     zoom.autoApprove(userId);
 *     // point zoom.oauth.base-url and zoom.api.base-url at zoom.baseUrl()
 * }
 * }</pre>
 */
public final class FakeZoom implements AutoCloseable {

    public static final String DEFAULT_ACCOUNT_ID = "fakeAccount01";
    public static final String DEFAULT_SCOPES = "meeting:read:meeting meeting:write:meeting meeting:read:list_meetings "
            + "meeting:update:meeting meeting:delete:meeting user:read:user";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Handler threads at most. A request the fake delays ({@link Fault#delay}) or hangs holds its thread, and a
     * latency-bound load keeps 400 and more of them asleep at once; past this the accepting thread runs the
     * handler itself, which stalls every other connection. Threads are made on demand and end when idle.
     */
    static final int MAX_HANDLER_THREADS = 1024;

    static {
        // The JDK server writes headers and body in separate segments; with Nagle on, every answer waits for
        // the client's delayed ACK (~40 ms). Read once, when the first HttpServer of the JVM is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // The JDK server closes a finished keep-alive connection when 200 are already idle; a client pool of
        // several hundred connections (a latency-bound load) would then reconnect all the time.
        if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
            System.setProperty("sun.net.httpserver.maxIdleConnections", Integer.toString(MAX_HANDLER_THREADS));
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final URI baseUrl;
    private final FakeCounters counters = new FakeCounters();
    private final FakeDirectory directory;
    private final FakeTokens tokens;
    private final FakeOAuth oauth;
    private final FakeMeetings meetings;
    private final FakeUserLists userLists = new FakeUserLists();
    private final FakeApi api;
    private final FakeAdmin admin;
    private final List<ArmedFault> faults = new ArrayList<>();

    private static final class ArmedFault {
        final String method;
        final String path;
        final Fault fault;
        final AtomicInteger remaining;

        ArmedFault(String method, String path, int times, Fault fault) {
            this.method = method;
            this.path = path;
            this.fault = fault;
            this.remaining = new AtomicInteger(times);
        }

        boolean matches(String requestMethod, String requestPath) {
            return (method == null || method.equalsIgnoreCase(requestMethod))
                    && (path == null || (path.endsWith("*") ? requestPath.startsWith(path.substring(0, path.length() - 1))
                    : path.equals(requestPath)));
        }
    }

    private FakeZoom(Clock clock, int port) throws IOException {
        directory = new FakeDirectory(clock);
        tokens = new FakeTokens(clock, counters);
        oauth = new FakeOAuth(directory, tokens, counters, clock);
        meetings = new FakeMeetings(clock);
        api = new FakeApi(directory, tokens, meetings, userLists);
        admin = new FakeAdmin(this, directory, clock);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), MAX_HANDLER_THREADS);
        AtomicInteger threads = new AtomicInteger();
        // Many handler threads: tests hammer the fake concurrently and some faults hang or delay on purpose.
        executor = new ThreadPoolExecutor(0, MAX_HANDLER_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "fake-zoom-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        oauth.setApiUrl(baseUrl.toString());
    }

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    /** Starts a fake on 127.0.0.1 and a free port; code expiry and token lifetimes follow {@code clock}. */
    public static FakeZoom start(Clock clock) {
        return start(clock, 0);
    }

    /** Starts a fake on 127.0.0.1 and {@code port} (0: a free one), e.g. for demo mode where people type its URL. */
    public static FakeZoom start(Clock clock, int port) {
        try {
            return new FakeZoom(Objects.requireNonNull(clock, "clock"), port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the fake Zoom on port " + port + ": " + e.getMessage(), e);
        }
    }

    public static FakeZoom start() {
        return start(Clock.systemUTC());
    }

    /** {@code http://127.0.0.1:<port>}: serves {@code /oauth/*} and {@code /v2/*}; also the {@code api_url} it hands out. */
    public URI baseUrl() {
        return baseUrl;
    }

    // ---- apps, users and the browser side of consent ----

    /** A user-OAuth app with {@link #DEFAULT_SCOPES}; registering a client id again replaces it (e.g. a new secret). */
    public void registerApp(String clientId, String clientSecret, URI redirectUri) {
        registerApp(clientId, clientSecret, redirectUri, DEFAULT_SCOPES);
    }

    public void registerApp(String clientId, String clientSecret, URI redirectUri, String scopes) {
        directory.register(new App(clientId, clientSecret, redirectUri.toString(), scopes, null));
    }

    /** A Server-to-Server app for one account ({@code grant_type=account_credentials}). */
    public void registerS2sApp(String accountId, String clientId, String clientSecret) {
        directory.register(new App(clientId, clientSecret, null, DEFAULT_SCOPES, accountId));
    }

    /** Adds a user to {@link #DEFAULT_ACCOUNT_ID}; returns Zoom's id for the user. */
    public String addUser(String email, String firstName, String lastName) {
        return addUser(DEFAULT_ACCOUNT_ID, email, firstName, lastName);
    }

    public String addUser(String accountId, String email, String firstName, String lastName) {
        return directory.create(accountId, email, firstName, lastName).id();
    }

    /** {@code /oauth/authorize} shows the consent page (buttons {@code #allow}, {@code #decline}) as this user. */
    public void signIn(String userId) {
        oauth.setMode(FakeOAuth.Mode.CONSENT_PAGE, userId);
    }

    /**
     * {@code /oauth/authorize} shows a consent page on which the person picks one of the fake's users or types a
     * name and email (a new user of {@link #DEFAULT_ACCOUNT_ID}), then clicks Allow or Decline (demo mode).
     */
    public void letThePersonPickTheUser() {
        oauth.setMode(FakeOAuth.Mode.PICK_USER, null);
    }

    /** {@code /oauth/authorize} answers 302 to {@code redirect_uri?code=…&state=…} as if this user clicked Allow. */
    public void autoApprove(String userId) {
        oauth.setMode(FakeOAuth.Mode.AUTO_APPROVE, userId);
    }

    /** {@code /oauth/authorize} answers 302 to {@code redirect_uri?error=access_denied&state=…}. */
    public void autoDecline() {
        oauth.setMode(FakeOAuth.Mode.AUTO_DECLINE, null);
    }

    /**
     * Validates {@code authorizationUri} as {@code /oauth/authorize} would and returns where Zoom would redirect
     * after {@code userId} clicked Allow ({@code redirect_uri?code=…&state=…}), without an HTTP round trip.
     */
    public URI approve(URI authorizationUri, String userId) {
        return oauth.approveDirectly(authorizationUri, userId);
    }

    // ---- tokens ----

    /** Default 3599 s, as Zoom. Applies to tokens issued from now on. */
    public void setAccessTokenLifetime(Duration lifetime) {
        tokens.setAccessLifetime(lifetime);
    }

    /** Default 90 days. */
    public void setRefreshTokenLifetime(Duration lifetime) {
        tokens.setRefreshLifetime(lifetime);
    }

    /** Every {@code /oauth/token} request waits this long before it is processed (widens race windows). */
    public void setTokenEndpointDelay(Duration delay) {
        oauth.setTokenDelay(Objects.requireNonNull(delay, "delay"));
    }

    /** The next successful refresh rotates at once but answers only when the test releases it. */
    public LateAnswer answerNextRefreshLate() {
        return oauth.answerNextRefreshLate();
    }

    /** The user's access tokens expire now (the API answers 401 code 124); refresh tokens still work. */
    public void expireAccessTokens(String userId) {
        tokens.expireAccessTokens(userId);
    }

    /** The user's grants end, as after a deauthorization: access and refresh tokens die. */
    public void revokeGrant(String userId) {
        tokens.revokeGrants(userId);
    }

    // ---- faults ----

    /** The next {@code times} requests to any path get {@code fault}. */
    public void failNext(int times, Fault fault) {
        failNext(null, null, times, fault);
    }

    /**
     * The next {@code times} requests matching {@code method} (null: any) and {@code path} (null: any; a trailing
     * {@code *} matches a prefix, e.g. {@code /v2/*}) get {@code fault}. Faults apply in the order armed.
     */
    public synchronized void failNext(String method, String path, int times, Fault fault) {
        faults.add(new ArmedFault(method, path, times, Objects.requireNonNull(fault, "fault")));
    }

    public synchronized void clearFaults() {
        faults.clear();
    }

    // ---- counters ----

    /** {@code /oauth/token} requests by {@code grant_type} (authorization_code, refresh_token, account_credentials). */
    public int tokenCalls(String grantType) {
        return counters.tokenCalls(grantType);
    }

    /** Presentations of an already rotated refresh token: stays 0 for a correct client. */
    public int refreshTokenReuseCount() {
        return counters.refreshTokenReuse();
    }

    public int revocations() {
        return counters.revocations();
    }

    /** Every request under {@code /v2}, in arrival order, with the bearer token used. */
    public List<ApiCall> apiCalls() {
        return counters.apiCalls();
    }

    /** Requests to one endpoint, e.g. {@code "GET /v2/users/me"} or {@code "POST /v2/users/{userId}/meetings"}. */
    public long apiCallCount(String endpoint) {
        return apiCalls().stream().filter(call -> call.endpoint().equals(endpoint)).count();
    }

    /** The most requests the fake was handling at the same time (a client's connection pool caps this). */
    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    /** Every request the fake received, on any path. */
    public int totalRequests() {
        return counters.requests();
    }

    public void resetCounters() {
        counters.reset();
        maxInFlight.set(0);
    }

    /**
     * Puts an item into one of {@code userId}'s read-only lists ({@code "webinars"}, …), served by that list's
     * route with Zoom's paging. Items are returned as given, in the order added.
     */
    public void addToUserList(String list, String userId, Map<String, Object> item) {
        userLists.add(list, userId, item);
    }

    /**
     * Keeps only the {@code count} most recently created meetings; older ones are forgotten (their GET, PATCH and
     * DELETE answer 404 code 3001, lists leave them out). For load runs: by default the fake keeps every meeting,
     * and at thousands of creates per second its heap would grow all run and slow it down.
     */
    public void keepAtMostMeetings(int count) {
        meetings.keepAtMost(count);
    }

    /** A meeting as the fake stores it (all fields Zoom would return), for assertions. */
    public Optional<Map<String, Object>> meeting(long meetingId) {
        return meetings.stored(meetingId);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- dispatch ----

    private void handle(HttpExchange raw) {
        FakeExchange exchange;
        try {
            exchange = new FakeExchange(raw, newTrackingId());
        } catch (IOException e) {
            raw.close();
            return;
        }
        if (exchange.rawPath.startsWith(FakeAdmin.ROOT)) {
            // The fake's own controls: never counted, never hit by an armed fault.
            admin.handle(exchange);
            return;
        }
        counters.request();
        int concurrent = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(concurrent, Math::max);
        // Not in flight once the answer starts: the client may reuse the connection before this thread returns.
        AtomicBoolean done = new AtomicBoolean();
        Runnable leave = () -> {
            if (done.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        };
        exchange.beforeAnswer(leave);
        try {
            dispatch(exchange);
        } finally {
            leave.run();
        }
    }

    private void dispatch(FakeExchange exchange) {
        if (exchange.rawPath.equals("/oauth/token")) {
            counters.tokenCall(Optional.ofNullable(exchange.form().get("grant_type"))
                    .orElse(exchange.query().get("grant_type")));
        }
        if (exchange.rawPath.startsWith("/v2/")) {
            exchange.beforeAnswer(() -> recordApiCall(exchange));
        }
        try {
            Optional<Fault> fault = takeFault(exchange.method, exchange.rawPath);
            if (fault.isPresent() && fault.get().kind == Fault.Kind.DELAY) {
                sleep(fault.get().hang);
                route(exchange);
            } else if (fault.isPresent()) {
                apply(fault.get(), exchange);
            } else {
                route(exchange);
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            exchange.drop();
        }
    }

    private void recordApiCall(FakeExchange exchange) {
        counters.apiCall(new ApiCall(exchange.method, exchange.rawPath, api.endpoint(exchange.method, exchange.rawPath),
                exchange.rawQuery, bearer(exchange.header("Authorization")), exchange.status(), exchange.trackingId));
    }

    private void route(FakeExchange exchange) {
        String path = exchange.rawPath;
        String method = exchange.method;
        if (path.startsWith("/v2/")) {
            api.handle(exchange);
        } else if (path.equals("/oauth/authorize") && method.equals("GET")) {
            oauth.authorize(exchange);
        } else if (path.equals("/oauth/authorize/consent") && method.equals("POST")) {
            oauth.consent(exchange);
        } else if (path.equals("/oauth/token") && method.equals("POST")) {
            oauth.token(exchange);
        } else if (path.equals("/oauth/revoke") && method.equals("POST")) {
            oauth.revoke(exchange);
        } else if (path.startsWith("/oauth/")) {
            exchange.json(405, FakeOAuth.error("invalid_request", "Method or path not supported"));
        } else {
            exchange.json(404, FakeApi.error(404, "Not found"));
        }
    }

    private synchronized Optional<Fault> takeFault(String method, String path) {
        for (Iterator<ArmedFault> it = faults.iterator(); it.hasNext(); ) {
            ArmedFault armed = it.next();
            if (armed.matches(method, path)) {
                if (armed.remaining.decrementAndGet() <= 0) {
                    it.remove();
                }
                return Optional.of(armed.fault);
            }
        }
        return Optional.empty();
    }

    private static void apply(Fault fault, FakeExchange exchange) {
        switch (fault.kind) {
            case STATUS -> exchange.json(fault.status, FakeApi.error(fault.status, "Fake Zoom fault: HTTP " + fault.status));
            case HTML -> exchange.html(fault.status, "<html><body><h1>Service temporarily unavailable</h1></body></html>");
            case RATE_LIMIT -> {
                Map<String, String> headers = new LinkedHashMap<>();
                if (fault.retryAfter != null) {
                    headers.put("Retry-After", fault.retryAfter);
                }
                if (fault.rateLimitType != null) {
                    headers.put("X-RateLimit-Type", fault.rateLimitType);
                }
                headers.put("X-RateLimit-Remaining", "0");
                boolean daily = "Daily-limit".equalsIgnoreCase(fault.rateLimitType);
                exchange.json(429, FakeApi.error(429, daily
                        ? "You have reached the maximum daily rate limit for this API."
                        : "You have reached the maximum per-second rate limit for this API. Try again later."), headers);
            }
            case HANG -> exchange.hang(fault.hang);
            case DROP -> exchange.drop();
            case DELAY -> throw new IllegalStateException("a delay is applied before routing");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String bearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
    }

    private static String newTrackingId() {
        byte[] rid = new byte[16];
        RANDOM.nextBytes(rid);
        return "v=2.0;clid=us05;rid=WEB_" + HexFormat.of().formatHex(rid);
    }
}
