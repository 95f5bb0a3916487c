package io.zoomoauth.app.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** One running instance of the service (a real Netty server on loopback) and a plain HTTP client for it. */
public final class ServiceInstance implements AutoCloseable {

    public static final String API_KEY = "test-api-key-0123456789abcdef";
    public static final String MANAGEMENT_KEY = "test-management-key-0123456789";

    private final EmbeddedServer server;
    /** Like a browser, this client keeps cookies (the flow's browser-binding cookie among them). */
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    /** Another browser: no cookies at all, unless a request sets a Cookie header itself. */
    private final HttpClient cookieless = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceInstance(EmbeddedServer server) {
        this.server = server;
    }

    /** Starts an instance on {@code port} with the given properties on top of the test defaults. */
    public static ServiceInstance start(int port, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>();
        all.put("micronaut.server.port", port);
        all.put("test.shared-clock", "true");
        all.put("zoom.api-keys", API_KEY);
        all.put("zoom.management-keys", MANAGEMENT_KEY);
        all.put("zoom.keep-alive.enabled", "false");
        all.put("zoom.rate-limit.burst", "100000"); // tests connect many users from one address; RateLimitTest limits
        all.put("zoom.rate-limit.per-minute", "100000");
        all.putAll(properties);
        ApplicationContext context = ApplicationContext.builder().properties(all).deduceEnvironment(false)
                .environments("test").build();
        context.start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        startListening(server);
        return new ServiceInstance(server);
    }

    /**
     * A restart on the port a closed instance just left: Netty releases the listening socket a moment after the
     * context has closed, so binding at once can still find it taken. Try again for a few seconds.
     */
    private static void startListening(EmbeddedServer server) {
        for (int attempt = 1; ; attempt++) {
            try {
                server.start();
                return;
            } catch (io.micronaut.http.server.exceptions.ServerStartupException e) {
                if (attempt == 50 || !(e.getCause() instanceof java.net.BindException)) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * A port that is free now and stays free for a restart on it. It is taken below Linux's ephemeral range
     * (32768-60999): a port picked with {@code new ServerSocket(0)} is closed again before the service binds it,
     * and meanwhile any outgoing connection (to the fake Zoom, to MariaDB) may get it as its local port.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 20_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new java.net.InetSocketAddress(candidate));
                return candidate;
            } catch (IOException inUse) {
                // try another
            }
        }
        throw new UncheckedIOException(new IOException("no free port in 20000-31999"));
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    /** A request from another browser, which never saw this one's cookies; {@code cookie} may forge one. */
    public HttpResponse<String> getFromAnotherBrowser(URI uri, String accept, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", accept).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(cookieless, request);
    }

    public CookieManager cookies() {
        return cookies;
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url(path)).GET());
    }

    public HttpResponse<String> getUri(URI uri, String accept) {
        return send(HttpRequest.newBuilder(uri).header("Accept", accept).GET());
    }

    /** A GET of operator data (health details, metrics) with the management key. */
    public HttpResponse<String> management(String path) {
        return send(HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + MANAGEMENT_KEY).GET());
    }

    public HttpResponse<String> api(String method, String path, String jsonBody) {
        return send(apiRequest(url(path), API_KEY, method, jsonBody));
    }

    /** A call of the service's JSON API with a bearer key; {@code jsonBody} may be null. */
    static HttpRequest.Builder apiRequest(URI uri, String apiKey, String method, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + apiKey)
                .header("Accept", "application/json");
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return request;
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
