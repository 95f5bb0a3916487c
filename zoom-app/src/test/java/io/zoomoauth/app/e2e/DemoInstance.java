package io.zoomoauth.app.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.zoomoauth.app.demo.DemoMode;
import io.zoomoauth.app.demo.DemoSession;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The service started in demo mode as {@code main} starts it ({@link DemoMode} on a {@link Micronaut} builder), on
 * free ports, with a browser-like HTTP client (cookies kept, redirects not followed).
 */
final class DemoInstance implements AutoCloseable {

    final ApplicationContext context;
    final DemoSession session;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();

    private DemoInstance(ApplicationContext context) {
        this.context = context;
        this.session = context.getBean(DemoSession.class);
    }

    /** Demo mode on free ports, with {@code settings} as if configured by the user. */
    static DemoInstance start(Map<String, Object> settings) {
        return new DemoInstance(DemoMode.start(builder(settings)));
    }

    static Micronaut builder(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>();
        all.put("micronaut.server.port", ServiceInstance.freePort());
        all.put("zoom.demo.zoom-port", ServiceInstance.freePort());
        all.put("zoom.keep-alive.enabled", "false");
        all.putAll(settings);
        Micronaut micronaut = Micronaut.build(new String[0]).properties(all);
        micronaut.deduceEnvironment(false);
        return micronaut;
    }

    URI service(String path) {
        return session.service().resolve(path);
    }

    URI zoom(String path) {
        return session.zoom().baseUrl().resolve(path);
    }

    String apiKey() {
        return session.generatedApiKey().orElseThrow();
    }

    HttpResponse<String> get(URI uri, String accept) {
        return send(HttpRequest.newBuilder(uri).header("Accept", accept).GET());
    }

    HttpResponse<String> postForm(URI uri, String form) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> api(String method, String path, String json) {
        return send(ServiceInstance.apiRequest(service(path), apiKey(), method, json));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return ServiceInstance.send(http, request);
    }

    @Override
    public void close() {
        context.close();
    }
}
