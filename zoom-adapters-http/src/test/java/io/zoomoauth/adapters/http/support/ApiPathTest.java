package io.zoomoauth.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The second line of defence: even a value the domain let through cannot leave its path segment. */
class ApiPathTest {

    @Test
    void fillsTheTemplateAndKeepsItForLogs() {
        ApiPath path = ApiPath.of("/users/{userId}/meetings", "me");

        assertThat(path.path()).isEqualTo("/users/me/meetings");
        assertThat(path.template()).isEqualTo("/users/{userId}/meetings");
        assertThat(path).hasToString("/users/{userId}/meetings");
    }

    @ParameterizedTest
    @CsvSource({
            "a/b, a%2Fb",
            "me?x=1, me%3Fx%3D1",
            "%2e%2e, %252e%252e",
            "../admin, ..%2Fadmin",
            "a+b@example.com, a%2Bb@example.com",
            "me#x, me%23x",
            "Zoë, Zo%C3%AB"})
    void encodesEveryCharacterThatCouldLeaveTheSegment(String value, String encoded) {
        assertThat(ApiPath.of("/users/{userId}", value).path()).isEqualTo("/users/" + encoded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", ".."})
    void refusesDotAndEmptySegments(String value) {
        assertThatThrownBy(() -> ApiPath.of("/meetings/{meetingId}", value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTooFewOrTooManyValues() {
        assertThatThrownBy(() -> ApiPath.of("/meetings/{meetingId}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiPath.of("/users/me", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
