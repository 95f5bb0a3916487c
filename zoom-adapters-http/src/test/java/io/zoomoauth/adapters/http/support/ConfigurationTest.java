package io.zoomoauth.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.zoomoauth.adapters.http.AdapterTestContext;
import io.zoomoauth.adapters.http.oauth.ZoomOAuthProperties;
import io.zoomoauth.adapters.http.oauth.ZoomS2sProperties;
import io.zoomoauth.domain.meetings.ZoomMeetingsPort;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import io.zoomoauth.domain.users.ZoomUsersPort;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void withoutAnyZoomProperty_theContextStartsWithZoomsDefaults() {
        try (ApplicationContext context = AdapterTestContext.startContext(Map.of(), Clock.systemUTC())) {
            ZoomHttpProperties http = context.getBean(ZoomHttpProperties.class);
            assertThat(http.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(http.readTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(http.getRetries()).isEqualTo(2);
            assertThat(http.retryBaseDelay()).isEqualTo(Duration.ofMillis(200));
            assertThat(http.maxConnections()).isEqualTo(512);
            assertThat(http.poolWait()).isEqualTo(Duration.ofSeconds(2));
            assertThat(http.maxWaiting()).isEqualTo(1024);
            assertThat(context.getBean(ZoomOAuthProperties.class).baseUrl()).isEqualTo(URI.create("https://zoom.us"));
            assertThat(context.getBean(ZoomOAuthProperties.class).credentials()).isEmpty();
            assertThat(context.getBean(ZoomS2sProperties.class).credentials()).isEmpty();
            assertThat(context.getBean(ZoomApiProperties.class).v2()).isEqualTo("https://api.zoom.us/v2");
            assertThat(context.getBean(ZoomOAuthPort.class)).isNotNull();
            assertThat(context.getBean(ZoomUsersPort.class)).isNotNull();
            assertThat(context.getBean(ZoomMeetingsPort.class)).isNotNull();
        }
    }

    @Test
    void propertiesBindFromTheirDocumentedNames() {
        Map<String, Object> properties = Map.ofEntries(
                Map.entry("zoom.oauth.base-url", "https://oauth.example.test"),
                Map.entry("zoom.oauth.client-id", "id"),
                Map.entry("zoom.oauth.client-secret", "secret"),
                Map.entry("zoom.s2s.account-id", "acc1"),
                Map.entry("zoom.api.base-url", "https://api.example.test"),
                Map.entry("zoom.http.connect-timeout", "2s"),
                Map.entry("zoom.http.read-timeout", "3s"),
                Map.entry("zoom.http.get-retries", "1"),
                Map.entry("zoom.http.retry-base-delay", "50ms"),
                Map.entry("zoom.http.max-connections", "7"),
                Map.entry("zoom.http.pool-wait", "120ms"),
                Map.entry("zoom.http.max-waiting", "9"));
        try (ApplicationContext context = AdapterTestContext.startContext(properties, Clock.systemUTC())) {
            ZoomOAuthProperties oauth = context.getBean(ZoomOAuthProperties.class);
            assertThat(oauth.root()).isEqualTo("https://oauth.example.test");
            assertThat(oauth.credentials()).hasValueSatisfying(c -> assertThat(c.clientId()).isEqualTo("id"));
            assertThat(oauth.toString()).doesNotContain("secret=secret").contains("***");
            assertThat(context.getBean(ZoomS2sProperties.class).account()).hasValueSatisfying(
                    account -> assertThat(account.value()).isEqualTo("acc1"));
            assertThat(context.getBean(ZoomApiProperties.class).v2()).isEqualTo("https://api.example.test/v2");
            assertThat(context.getBean(ZoomHttpProperties.class))
                    .isEqualTo(new ZoomHttpProperties(Duration.ofSeconds(2), Duration.ofSeconds(3), 1, Duration.ofMillis(50), 7,
                            Duration.ofMillis(120), 9));
        }
    }

    @Test
    void poolSettingsOutOfRange_areRefusedAllAtOnceNamingEachProperty() {
        assertThatThrownBy(() -> new ZoomHttpProperties(Duration.ofSeconds(5), Duration.ofSeconds(1), 2,
                Duration.ofMillis(200), 0, Duration.ofSeconds(1), 0))
                .hasMessageContaining("zoom.http.max-connections must be between 1 and 10000")
                .hasMessageContaining("zoom.http.max-waiting must be between 1 and 100000")
                .hasMessageContaining("zoom.http.pool-wait is 1000 ms; it must be shorter than zoom.http.read-timeout (1000 ms)");
        assertThatThrownBy(() -> new ZoomHttpProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), 2,
                Duration.ofMillis(200), 512, Duration.ZERO, 1024))
                .hasMessageContaining("zoom.http.pool-wait must be a positive duration");
    }

    @Test
    void thePoolSettingsReachMicronautsConnectionPool() {
        ZoomClientConfiguration configuration = new ZoomClientConfiguration(new ZoomHttpProperties(Duration.ofSeconds(5),
                Duration.ofSeconds(10), 2, Duration.ofMillis(200), 40, Duration.ofMillis(300), 70));
        assertThat(configuration.getConnectionPoolConfiguration().getMaxConcurrentHttp1Connections()).isEqualTo(40);
        assertThat(configuration.getConnectionPoolConfiguration().getAcquireTimeout()).contains(Duration.ofMillis(300));
        assertThat(configuration.getConnectionPoolConfiguration().getMaxPendingAcquires()).isEqualTo(70);
        assertThat(configuration.getConnectionPoolConfiguration().getMaxPendingConnections())
                .as("connections opened at once: as many as the pool may hold").isEqualTo(40);
        assertThat(configuration.getReadTimeout()).contains(Duration.ofSeconds(10));
    }

    @Test
    void aBaseUrlWithAPath_isRefusedWithAMessageNamingThePropertyAndTheFix() {
        assertThatThrownBy(() -> new ZoomApiProperties(URI.create("https://api.zoom.us/v2")))
                .hasMessageContaining("zoom.api.base-url").hasMessageContaining("https://api.zoom.us ");
        assertThatThrownBy(() -> new ZoomOAuthProperties(URI.create("https://zoom.us/"), null, null))
                .hasMessageContaining("zoom.oauth.base-url");
    }

    @Test
    void aBaseUrlWithAPath_stopsTheStart() {
        assertThatThrownBy(() -> AdapterTestContext.startContext(Map.of("zoom.api.base-url", "https://api.example.test/v2"),
                Clock.systemUTC()).close()).hasStackTraceContaining("zoom.api.base-url must be a host without a path");
        assertThatThrownBy(() -> AdapterTestContext.startContext(Map.of("zoom.oauth.base-url", "https://zoom.us/"),
                Clock.systemUTC()).close()).hasStackTraceContaining("zoom.oauth.base-url must be a host without a path");
    }
}
