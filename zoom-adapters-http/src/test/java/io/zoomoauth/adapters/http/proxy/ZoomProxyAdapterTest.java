package io.zoomoauth.adapters.http.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.http.AdapterTestContext;
import io.zoomoauth.domain.error.AccessTokenRejected;
import io.zoomoauth.domain.error.RateLimited;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.proxy.ProxyMethod;
import io.zoomoauth.domain.proxy.ProxyRequest;
import io.zoomoauth.domain.proxy.ProxyResponse;
import io.zoomoauth.domain.proxy.ZoomApiPath;
import io.zoomoauth.domain.proxy.ZoomProxyPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.fake.Fault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy's out-port against the fake Zoom. */
class ZoomProxyAdapterTest {

    private static AdapterTestContext zoom;
    private static ZoomProxyPort proxy;
    private static AccessToken token;

    @BeforeAll
    static void start() {
        zoom = new AdapterTestContext();
        proxy = zoom.bean(ZoomProxyPort.class);
        token = zoom.connect(zoom.fake.addUser("proxy@example.com", "Pro", "Xy")).accessToken();
    }

    @AfterAll
    static void stop() {
        zoom.close();
    }

    @BeforeEach
    void noFaults() {
        zoom.fake.clearFaults();
    }

    private static ProxyRequest request(ProxyMethod method, String path, String query, String body) {
        return new ProxyRequest(method, ZoomApiPath.parse(path), query,
                body == null ? Optional.empty() : Optional.of("application/json"), Optional.empty(),
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sendsTheBytesWithTheTokenAndStreamsZoomsAnswerBack() {
        try (ProxyResponse answer = proxy.send(token, request(ProxyMethod.POST, "users/me/meetings", "",
                "{\"topic\":\"Raw\",\"settings\":{\"x\":12345678901234567890}}"))) {
            assertThat(answer.status()).isEqualTo(201);
            String body = new String(answer.readBody(1 << 20), StandardCharsets.UTF_8);
            assertThat(body).contains("12345678901234567890").contains("\"topic\":\"Raw\"");
            assertThat(answer.header("x-zm-trackingid")).isPresent();
            assertThat(answer.header("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(answer.headers()).noneMatch(h -> h.name().equalsIgnoreCase("connection")
                    || h.name().equalsIgnoreCase("transfer-encoding") || h.name().equalsIgnoreCase("content-length"));
        }
        assertThat(zoom.fake.apiCalls().get(zoom.fake.apiCalls().size() - 1).bearerToken()).isEqualTo(token.value());
    }

    @Test
    void encodesEachSegmentAsOneAndPassesTheQueryUnchanged() {
        try (ProxyResponse answer = proxy.send(token, request(ProxyMethod.GET, "users/a%2Bb%40example.com/meetings",
                "page_size=2&next_page_token=x%2By", null))) {
            assertThat(answer.status()).isEqualTo(404);
        }
        var call = zoom.fake.apiCalls().get(zoom.fake.apiCalls().size() - 1);
        assertThat(call.rawPath()).isEqualTo("/v2/users/a%2Bb@example.com/meetings");
        assertThat(call.rawQuery()).isEqualTo("page_size=2&next_page_token=x%2By");
    }

    @Test
    void code124And429AreTheDomainsFailuresOtherErrorsPassThrough() {
        assertThatThrownBy(() -> proxy.send(new AccessToken("not-a-valid-token"),
                request(ProxyMethod.GET, "users/me", "", null))).isInstanceOf(AccessTokenRejected.class);
        zoom.fake.failNext("GET", "/v2/users/*", 1, Fault.dailyLimit(zoom.clock.instant().plusSeconds(60)));
        assertThatThrownBy(() -> proxy.send(token, request(ProxyMethod.GET, "users/me", "", null)))
                .isInstanceOf(RateLimited.class).satisfies(e -> assertThat(((RateLimited) e).dailyLimit()).isTrue());
        try (ProxyResponse missing = proxy.send(token, request(ProxyMethod.GET, "meetings/123", "", null))) {
            assertThat(missing.status()).isEqualTo(404);
            assertThat(new String(missing.readBody(4096), StandardCharsets.UTF_8)).contains("3001");
        }
    }

    @Test
    void onlyGetsAreRepeatedAfterAFailedConnection() {
        zoom.fake.failNext("GET", "/v2/users/*", 1, Fault.drop());
        try (ProxyResponse answer = proxy.send(token, request(ProxyMethod.GET, "users/me", "", null))) {
            assertThat(answer.status()).isEqualTo(200);
        }
        long creates = zoom.fake.apiCallCount("POST /v2/users/{userId}/meetings");
        zoom.fake.failNext("POST", "/v2/users/*", 1, Fault.drop());
        assertThatThrownBy(() -> proxy.send(token, request(ProxyMethod.POST, "users/me/meetings", "", "{\"topic\":\"t\"}")))
                .isInstanceOf(ZoomUnavailable.class);
        assertThat(zoom.fake.apiCallCount("POST /v2/users/{userId}/meetings")).isEqualTo(creates + 1);
    }

    @Test
    void aGetStillFailingAfterItsRetriesPassesZoomsLastAnswerOn() {
        long before = zoom.fake.apiCallCount("GET /v2/users/me");
        zoom.fake.failNext("GET", "/v2/users/*", 3, Fault.status(503));
        try (ProxyResponse answer = proxy.send(token, request(ProxyMethod.GET, "users/me", "", null))) {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.header("x-zm-trackingid")).isPresent();
            assertThat(new String(answer.readBody(4096), StandardCharsets.UTF_8)).contains("\"code\"");
        }
        assertThat(zoom.fake.apiCallCount("GET /v2/users/me")).as("the first attempt and two retries")
                .isEqualTo(before + 3);
    }

    @Test
    void aReadTimeoutIsZoomUnavailableAndNotRepeated() {
        zoom.fake.failNext("GET", "/v2/users/*", 1, Fault.hang(Duration.ofSeconds(3)));
        long before = zoom.fake.apiCallCount("GET /v2/users/me");
        assertThatThrownBy(() -> proxy.send(token, request(ProxyMethod.GET, "users/me", "", null)))
                .isInstanceOf(ZoomUnavailable.class).hasMessageContaining("read timeout");
        assertThat(zoom.fake.apiCallCount("GET /v2/users/me")).isEqualTo(before + 1);
    }
}
