package io.zoomoauth.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void jsonOnlyWhenItIsTheMostPreferredConcreteType() {
        assertThat(wantsJson("application/json")).isTrue();
        assertThat(wantsJson("application/problem+json, text/html;q=0.5")).isTrue();
        assertThat(wantsJson("text/html;q=0.4, application/json")).as("ordered by quality, not position").isTrue();
        assertThat(wantsJson("application/json;q=0.5, text/html")).isFalse();
        assertThat(wantsJson("*/*")).as("curl's default").isFalse();
        assertThat(wantsJson("*/*, application/xml")).isFalse();
        assertThat(wantsJson(null)).isFalse();
    }

    private static boolean wantsJson(String accept) {
        HttpRequest<?> request = accept == null ? HttpRequest.GET("/oauth/callback")
                : HttpRequest.GET("/oauth/callback").header("Accept", accept);
        return Pages.wantsJson(request);
    }
}
