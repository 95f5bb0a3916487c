package io.zoomoauth.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What anonymous callers of the sign-in flow can make the service do is bounded. */
class AnonymousLoadTest {

    private static HttpResponse<String> authorize(ServiceInstance service, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.url("/oauth/authorize")).GET();
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return service.send(request);
    }

    @Test
    void eachClientAddressIsRateLimitedWithATokenBucket() {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = world.settings(ZoomWorld.h2("ratelimit-" + UUID.randomUUID()));
            settings.put("zoom.rate-limit.burst", "3");
            settings.put("zoom.rate-limit.per-minute", "60");
            try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                for (int i = 0; i < 3; i++) {
                    assertThat(authorize(service, "203.0.113." + i).statusCode()).isEqualTo(302);
                }
                HttpResponse<String> limited = authorize(service, "198.51.100.7");
                assertThat(limited.statusCode()).as("X-Forwarded-For from an untrusted peer is ignored").isEqualTo(429);
                assertThat(limited.body()).contains("\"error\":\"rate_limited\"");
                assertThat(limited.headers().firstValue("Retry-After")).contains("1");
                assertThat(service.get("/oauth/callback?code=x&state=y").statusCode()).as("the callback too").isEqualTo(429);
                assertThat(service.api("GET", "/api/connections", null).statusCode()).as("not the API").isEqualTo(200);

                world.clock.advance(Duration.ofSeconds(1));
                assertThat(authorize(service, null).statusCode()).as("one token per second").isEqualTo(302);
                assertThat(authorize(service, null).statusCode()).isEqualTo(429);
            }
        }
    }

    @Test
    void behindATrustedProxyTheForwardedAddressIsTheClient() {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = world.settings(ZoomWorld.h2("proxied-" + UUID.randomUUID()));
            settings.put("zoom.rate-limit.burst", "1");
            settings.put("zoom.rate-limit.trusted-proxies", "127.0.0.1");
            try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                assertThat(authorize(service, "203.0.113.1").statusCode()).isEqualTo(302);
                assertThat(authorize(service, "203.0.113.2").statusCode()).isEqualTo(302);
                assertThat(authorize(service, "203.0.113.1").statusCode()).isEqualTo(429);
                assertThat(authorize(service, "10.9.9.9, 203.0.113.2").statusCode())
                        .as("the right-most untrusted hop counts, not what the client claims").isEqualTo(429);
            }
        }
    }

    @Test
    void pendingAuthorizationsAreCapped() {
        try (ZoomWorld world = new ZoomWorld()) {
            Map<String, Object> settings = world.settings(ZoomWorld.h2("pending-" + UUID.randomUUID()));
            settings.put("zoom.authorization.max-pending", "2");
            try (ServiceInstance service = ServiceInstance.start(world.port, settings)) {
                assertThat(authorize(service, null).statusCode()).isEqualTo(302);
                assertThat(authorize(service, null).statusCode()).isEqualTo(302);
                HttpResponse<String> refused = authorize(service, null);
                assertThat(refused.statusCode()).isEqualTo(503);
                // A page route: curl's Accept */* gets our page (JSON only when asked for), with the same message.
                assertThat(refused.body()).contains("Too many sign-ins");
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();

                world.clock.advance(Duration.ofMinutes(10));
                assertThat(authorize(service, null).statusCode()).as("expired ones no longer count").isEqualTo(302);
            }
        }
    }
}
