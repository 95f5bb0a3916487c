package io.zoomoauth.app.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The organisation's own web app in a browser test: the page a connect session returns to, showing its query. */
final class OrganisationApp implements AutoCloseable {

    private final HttpServer server;

    private OrganisationApp(HttpServer server) {
        this.server = server;
    }

    static OrganisationApp start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String query = exchange.getRequestURI().getRawQuery();
                byte[] page = ("<!doctype html><title>Org app</title><p id=\"org-app\">"
                        + (query == null ? "" : query.replace("<", "&lt;")) + "</p>").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            server.start();
            return new OrganisationApp(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With a trailing slash. */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
