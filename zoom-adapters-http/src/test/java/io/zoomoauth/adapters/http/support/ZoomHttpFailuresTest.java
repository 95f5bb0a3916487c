package io.zoomoauth.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.http.AdapterTestContext;
import io.zoomoauth.fake.ApiCall;
import io.zoomoauth.fake.Fault;
import io.zoomoauth.domain.error.RateLimited;
import io.zoomoauth.domain.error.ZoomApiError;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUsersPort;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Status classes, Retry-After, retries of GETs and transport failures, through {@code GET /users/me}. */
class ZoomHttpFailuresTest {

    private static final String ME = "GET /v2/users/me";
    private static AdapterTestContext zoom;
    private static ZoomUsersPort users;
    private static AccessToken token;

    @BeforeAll
    static void start() {
        zoom = new AdapterTestContext();
        users = zoom.bean(ZoomUsersPort.class);
        token = zoom.connect(zoom.fake.addUser("failures@example.com", "F", "Ailures")).accessToken();
    }

    @AfterAll
    static void stop() {
        zoom.close();
    }

    @BeforeEach
    void reset() {
        zoom.fake.clearFaults();
        zoom.fake.resetCounters();
    }

    @Test
    void getOn5xxOnce_isRetriedAndSucceeds() {
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.status(502));

        assertThat(users.me(token).email()).isEqualTo("failures@example.com");
        assertThat(zoom.fake.apiCallCount(ME)).isEqualTo(2);
    }

    @Test
    void logLinesCarryZoomsTrackingIdAsAStructuredField() {
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.status(503));
        try (io.zoomoauth.adapters.http.LogCapture logs = new io.zoomoauth.adapters.http.LogCapture()) {
            users.me(token);
            String trackingId = zoom.fake.apiCalls().get(zoom.fake.apiCalls().size() - 2).trackingId();
            assertThat(logs.trackingIdFields()).contains(trackingId);
        }
    }

    @Test
    void getOn5xx_isRetriedTwiceThenFailsWithZoomUnavailable() {
        zoom.fake.failNext("GET", "/v2/users/me", 5, Fault.status(503));

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(ZoomUnavailable.class, e -> {
            assertThat(e.httpStatus()).hasValue(503);
            ApiCall last = zoom.fake.apiCalls().get(2);
            assertThat(e.trackingId()).contains(last.trackingId());
        });
        assertThat(zoom.fake.apiCallCount(ME)).isEqualTo(3);
    }

    @Test
    void getWhenConnectionDrops_isRetried() {
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.drop());

        assertThat(users.me(token).email()).isEqualTo("failures@example.com");
        assertThat(zoom.fake.apiCallCount(ME)).isEqualTo(2);
    }

    @Test
    void getWhenConnectionKeepsDropping_failsWithZoomUnavailable() {
        zoom.fake.failNext("GET", "/v2/users/me", 5, Fault.drop());

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(ZoomUnavailable.class,
                e -> assertThat(e.httpStatus()).isEmpty());
        assertThat(zoom.fake.apiCallCount(ME)).isEqualTo(3);
    }

    @Test
    void getWhenZoomHangs_failsWithZoomUnavailableAfterTheReadTimeout_withoutRetry() {
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.hang(Duration.ofSeconds(3)));

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(ZoomUnavailable.class,
                e -> assertThat(e.getMessage()).contains("read timeout").contains("GET /users/me"));
        assertThat(zoom.fake.apiCallCount(ME)).isEqualTo(1);
    }

    @Test
    void on429WithRetryAfterSeconds_failsWithRateLimitedAtClockPlusSeconds() {
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.rateLimitRetryAfterSeconds(17));

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(RateLimited.class, e -> {
            assertThat(e.retryAfter()).contains(zoom.clock.instant().plusSeconds(17));
            assertThat(e.dailyLimit()).isFalse();
            assertThat(e.trackingId()).isPresent();
        });
        assertThat(zoom.fake.apiCallCount(ME)).isEqualTo(1);
    }

    @Test
    void on429WithRetryAfterHttpDate_failsWithRateLimitedAtThatInstant() {
        Instant at = zoom.clock.instant().plusSeconds(90).truncatedTo(ChronoUnit.SECONDS);
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.rateLimitRetryAfterHttpDate(at));

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(RateLimited.class,
                e -> assertThat(e.retryAfter()).contains(at));
    }

    @Test
    void on429WithRetryAfterIsoDate_failsWithRateLimitedAtThatInstant() {
        Instant at = Instant.parse("2026-11-24T00:00:00Z");
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.rateLimitRetryAfterIsoDate(at));

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(RateLimited.class,
                e -> assertThat(e.retryAfter()).contains(at));
    }

    @Test
    void onDailyLimit_failsWithDailyRateLimit_andIsNotRetried() {
        Instant reset = Instant.parse("2026-11-24T00:00:00Z");
        zoom.fake.failNext("GET", "/v2/users/me", 3, Fault.dailyLimit(reset));

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(RateLimited.class, e -> {
            assertThat(e.dailyLimit()).isTrue();
            assertThat(e.retryAfter()).contains(reset);
        });
        assertThat(zoom.fake.apiCallCount(ME)).isEqualTo(1);
    }

    @Test
    void on429WithUnreadableRetryAfter_failsWithRateLimitedWithoutInstant() {
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.rateLimit("soon", null));

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(RateLimited.class,
                e -> assertThat(e.retryAfter()).isEmpty());
    }

    @Test
    void onOther4xx_failsWithZoomApiError_andIsNotRetried() {
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.status(404));

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(ZoomApiError.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(404);
            assertThat(e.zoomCode()).hasValue(404);
            assertThat(e.trackingId()).isPresent();
        });
        assertThat(zoom.fake.apiCallCount(ME)).isEqualTo(1);
    }

    @Test
    void on2xxWithoutTheFieldsWeNeed_failsWithZoomUnavailable() {
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.status(200));

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(ZoomUnavailable.class, e -> {
            assertThat(e.getMessage()).contains("unreadable answer to GET /users/me").contains("id is missing");
            assertThat(e.trackingId()).isPresent();
        });
    }

    @Test
    void on2xxWithAnHtmlBody_failsWithZoomUnavailable_andIsNotRetried() {
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.html(200));

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(ZoomUnavailable.class, e -> {
            assertThat(e.getMessage()).contains("unreadable answer").doesNotContain("<html>");
            assertThat(e.trackingId()).isPresent();
        });
        assertThat(zoom.fake.apiCallCount(ME)).isEqualTo(1);
    }

    @Test
    void on5xxWithAnHtmlBody_isRetried_thenFailsWithZoomUnavailableCarryingTheStatus() {
        zoom.fake.failNext("GET", "/v2/users/me", 3, Fault.html(502));

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(ZoomUnavailable.class,
                e -> assertThat(e.httpStatus()).hasValue(502));
        assertThat(zoom.fake.apiCallCount(ME)).isEqualTo(3);
    }

    @Test
    void on4xxWithAnHtmlBody_failsWithZoomApiErrorWithoutACode() {
        zoom.fake.failNext("GET", "/v2/users/me", 1, Fault.html(403));

        assertThatThrownBy(() -> users.me(token)).isInstanceOfSatisfying(ZoomApiError.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(403);
            assertThat(e.zoomCode()).isEmpty();
        });
    }

    @Test
    void whenNothingListens_failsWithZoomUnavailable() {
        int closedPort = TestPorts.closedPort();
        try (var other = new AdapterTestContext(java.util.Map.of(
                "zoom.api.base-url", "http://127.0.0.1:" + closedPort, "zoom.http.get-retries", 0))) {
            ZoomUsersPort unreachable = other.bean(ZoomUsersPort.class);

            assertThatThrownBy(() -> unreachable.me(token)).isInstanceOfSatisfying(ZoomUnavailable.class,
                    e -> assertThat(e.getMessage()).contains("connection failed"));
        }
    }

    @Test
    void whenConnectHangs_failsWithZoomUnavailableAfterTheConnectTimeout() throws Exception {
        try (TestPorts.Unaccepting port = TestPorts.unaccepting();
             var other = new AdapterTestContext(java.util.Map.of("zoom.api.base-url", "http://127.0.0.1:" + port.port(),
                     "zoom.http.connect-timeout", "300ms", "zoom.http.read-timeout", "5s",
                     "zoom.http.get-retries", 0))) {
            ZoomUsersPort unreachable = other.bean(ZoomUsersPort.class);

            assertThatThrownBy(() -> unreachable.me(token)).isInstanceOfSatisfying(ZoomUnavailable.class,
                    e -> assertThat(e.getMessage()).contains("connect timeout"));
        }
    }
}
