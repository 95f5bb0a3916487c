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
        Map<String, Object> properties = Map.of(
                "zoom.oauth.base-url", "https://oauth.example.test",
                "zoom.oauth.client-id", "id",
                "zoom.oauth.client-secret", "secret",
                "zoom.s2s.account-id", "acc1",
                "zoom.api.base-url", "https://api.example.test",
                "zoom.http.connect-timeout", "2s",
                "zoom.http.read-timeout", "3s",
                "zoom.http.get-retries", "1",
                "zoom.http.retry-base-delay", "50ms");
        try (ApplicationContext context = AdapterTestContext.startContext(properties, Clock.systemUTC())) {
            ZoomOAuthProperties oauth = context.getBean(ZoomOAuthProperties.class);
            assertThat(oauth.root()).isEqualTo("https://oauth.example.test");
            assertThat(oauth.credentials()).hasValueSatisfying(c -> assertThat(c.clientId()).isEqualTo("id"));
            assertThat(oauth.toString()).doesNotContain("secret=secret").contains("***");
            assertThat(context.getBean(ZoomS2sProperties.class).account()).hasValueSatisfying(
                    account -> assertThat(account.value()).isEqualTo("acc1"));
            assertThat(context.getBean(ZoomApiProperties.class).v2()).isEqualTo("https://api.example.test/v2");
            assertThat(context.getBean(ZoomHttpProperties.class))
                    .isEqualTo(new ZoomHttpProperties(Duration.ofSeconds(2), Duration.ofSeconds(3), 1, Duration.ofMillis(50), 50));
        }
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
