package io.zoomoauth.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.zoomoauth.app.config.ServiceSettings;
import io.zoomoauth.domain.authorization.BrowserBinding;
import io.zoomoauth.domain.common.RandomSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrowserBindingCookieTest {

    private static ServiceSettings redirectingTo(String redirectUri) {
        return new ServiceSettings(URI.create(redirectUri), List.of(), null, Duration.ofMinutes(5), Duration.ofDays(30),
                Duration.ofSeconds(30), Duration.ofMillis(50), Duration.ofSeconds(35), Duration.ofSeconds(60));
    }

    private static Cookie attached(String redirectUri) {
        BrowserBindingCookie cookie = new BrowserBindingCookie(RandomSource.secure(), redirectingTo(redirectUri));
        MutableHttpResponse<?> response = cookie.attach(HttpResponse.ok(), BrowserBinding.random(RandomSource.secure()));
        return response.getCookie(BrowserBindingCookie.NAME).orElseThrow();
    }

    @Test
    void theCookieIsSecureExactlyWhenTheRedirectUriIsHttps() {
        Cookie https = attached("https://zoom-connector.example.com/oauth/callback");
        assertThat(https.isSecure()).isTrue();
        assertThat(https.isHttpOnly()).isTrue();
        assertThat(https.getSameSite()).isEqualTo(Optional.of(SameSite.Lax));
        assertThat(https.getPath()).isEqualTo("/");
        assertThat(attached("http://localhost:8080/oauth/callback").isSecure()).isFalse();
    }
}
