package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private static final String CSP = "default-src 'self'; frame-ancestors 'none'";

    @Test
    void pagesAndApiAnswersCarryTheContentSecurityPolicyAndThePagesStyleIsOurOwnFile() {
        try (ZoomWorld world = new ZoomWorld();
             ServiceInstance service = world.start(ZoomWorld.h2("headers-" + UUID.randomUUID()))) {
            HttpResponse<String> home = service.getUri(service.url("/"), "*/*");
            assertThat(home.headers().firstValue("Content-Security-Policy")).contains(CSP);
            assertThat(home.body()).doesNotContain("<style").contains("href=\"/assets/page.css\"");
            HttpResponse<String> css = service.get("/assets/page.css");
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
            assertThat(service.api("GET", "/api/connections", null).headers().firstValue("Content-Security-Policy")).contains(CSP);
            HttpResponse<String> refused = service.get("/api/connections"); // no API key: the filter answers itself
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Security-Policy")).contains(CSP);
            assertThat(refused.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(service.get("/prometheus").headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(home.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
            HttpResponse<String> proxied = service.send(HttpRequest.newBuilder(service.url("/"))
                    .header("X-Forwarded-Proto", "https").GET());
            assertThat(proxied.headers().firstValue("Strict-Transport-Security")).as("TLS at the proxy")
                    .contains("max-age=31536000");
        }
    }

    @Test
    void answersOverHttpsCarryStrictTransportSecurity() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "tls-" + UUID.randomUUID()));
        Path keyStore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", "changeit");
        int httpsPort = ServiceInstance.freePort();
        try (ZoomWorld world = new ZoomWorld();
             ServiceInstance service = ServiceInstance.start(world.port, Map.of(
                     "datasources.default.url", "jdbc:h2:mem:tls-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                     "zoom.vault.encryption-key", ZoomWorld.ENCRYPTION_KEY,
                     "micronaut.server.ssl.enabled", "true",
                     "micronaut.server.ssl.port", httpsPort,
                     "micronaut.server.ssl.key-store.path", "file:" + keyStore.toAbsolutePath(),
                     "micronaut.server.ssl.key-store.password", "changeit",
                     "micronaut.server.ssl.key-store.type", "PKCS12"))) {
            HttpResponse<String> home = trusting(keyStore).send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + httpsPort + "/")).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
            assertThat(home.headers().firstValue("Content-Security-Policy")).contains(CSP);
        }
    }

    private static HttpClient trusting(Path keyStore) throws Exception {
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keyStore)) {
            server.load(in, "changeit".toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", (X509Certificate) server.getCertificate("server"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }
}
