package io.zoomoauth.domain.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZoomApiPathTest {

    @Test
    void keepsSegmentsDecodedAndDoubleEncodedUuidsEncodedOnce() {
        assertThat(ZoomApiPath.parse("users/a%2Bb%40example.com/meetings").segments())
                .containsExactly("users", "a+b@example.com", "meetings");
        assertThat(ZoomApiPath.parse("past_meetings/%252FabcD%253D%253D").segments())
                .containsExactly("past_meetings", "%2FabcD%3D%3D");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", ".", "users/..", "%2e%2E", "users//me", "/users/me", "users/me/", "users%2Fme",
            "users%5cme", "users\\me", "http://evil.example/x", "users/me%00", "users/me%0A", "users/%C0%AF",
            "users/me?x=1", "users/me#x", "users/me;x", "users/%zz", "users/%4", "users/a b"})
    void refusesAnythingThatCouldLeaveV2OrSmuggleSomething(String raw) {
        assertThatThrownBy(() -> ZoomApiPath.parse(raw)).isInstanceOf(ProxyPathRefused.class)
                .satisfies(e -> assertThat(((ProxyPathRefused) e).reason()).isEqualTo(ProxyPathRefused.Reason.INVALID));
    }

    @Test
    void refusesOverlongPaths() {
        assertThatThrownBy(() -> ZoomApiPath.parse("a/".repeat(16) + "a")).isInstanceOf(ProxyPathRefused.class);
        assertThatThrownBy(() -> ZoomApiPath.parse("a".repeat(2049))).isInstanceOf(ProxyPathRefused.class);
    }

    @Test
    void templatesNameIdsByTheirCollectionSoCardinalityStaysBounded() {
        assertThat(ZoomApiPath.parse("users/me/meetings").template()).isEqualTo("/users/{userId}/meetings");
        assertThat(ZoomApiPath.parse("users/ada@example.com/recordings").template()).isEqualTo("/users/{userId}/recordings");
        assertThat(ZoomApiPath.parse("users/abc").template()).isEqualTo("/users/{userId}");
        assertThat(ZoomApiPath.parse("meetings/85746065432/registrants").template())
                .isEqualTo("/meetings/{meetingId}/registrants");
        assertThat(ZoomApiPath.parse("past_meetings/aBc%2B%3D%3D/participants").template())
                .isEqualTo("/past_meetings/{meetingId}/participants");
        assertThat(ZoomApiPath.parse("report/daily").template()).isEqualTo("/report/daily");
        assertThat(ZoomApiPath.parse("phone/users/X1Y2").template()).isEqualTo("/phone/users/{userId}");
        assertThat(ZoomApiPath.parse("things/Q9").template()).isEqualTo("/things/{id}");
    }

    @Test
    void knowsTheUserAPathNames() {
        assertThat(ZoomApiPath.parse("users/me/meetings").namedUser()).hasValue("me");
        assertThat(ZoomApiPath.parse("meetings/1").namedUser()).isEmpty();
        assertThat(ZoomApiPath.parse("users").namedUser()).isEmpty();
        assertThat(ZoomApiPath.parse("users/me/meetings").withUser("x@example.com").segments())
                .isEqualTo(List.of("users", "x@example.com", "meetings"));
    }

    @Test
    void aQueryMayNotCarryAToken() {
        ZoomApiPath path = ZoomApiPath.parse("users/me");
        assertThatThrownBy(() -> new ProxyRequest(ProxyMethod.GET, path, "a=1&access_token=x", java.util.Optional.empty(),
                java.util.Optional.empty(), new byte[0])).isInstanceOf(ProxyPathRefused.class);
        assertThatThrownBy(() -> new ProxyRequest(ProxyMethod.GET, path, "a=1 2", java.util.Optional.empty(),
                java.util.Optional.empty(), new byte[0])).isInstanceOf(ProxyPathRefused.class);
        assertThat(new ProxyRequest(ProxyMethod.GET, path, "page_size=30&next_page_token=ab%2Bc", java.util.Optional.empty(),
                java.util.Optional.empty(), new byte[0]).query()).isEqualTo("page_size=30&next_page_token=ab%2Bc");
    }
}
