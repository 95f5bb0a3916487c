package io.zoomoauth.domain.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.grant.ConnectionTags;
import io.zoomoauth.domain.grant.ExternalUserId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReturnUrlAllowListTest {

    private final ReturnUrlAllowList list = new ReturnUrlAllowList(List.of("https://app.example.com/zoom",
            " http://localhost:3000/ "));

    @Test
    void allowsThePrefixAndPathsBelowItByWholeSegments() {
        assertThat(list.allowed("https://app.example.com/zoom")).isPresent();
        assertThat(list.allowed("https://app.example.com/zoom/done?tab=2")).isPresent();
        assertThat(list.allowed("https://APP.example.com:443/zoom/done")).isPresent();
        assertThat(list.allowed("http://localhost:3000/anything")).isPresent();
        assertThat(list.allowed("https://app.example.com/zoomed")).isEmpty();
        assertThat(list.allowed("https://app.example.com/other")).isEmpty();
    }

    @Test
    void schemeHostAndPortMustMatchExactly() {
        assertThat(list.allowed("http://app.example.com/zoom/done")).isEmpty();
        assertThat(list.allowed("https://app.example.com:8443/zoom/done")).isEmpty();
        assertThat(list.allowed("https://app.example.com.evil.com/zoom/done")).isEmpty();
        assertThat(list.allowed("https://evil.com/zoom/done")).isEmpty();
        assertThat(list.allowed("http://localhost:3001/")).isEmpty();
    }

    @Test
    void refusesTricksThatLeadElsewhere() {
        assertThat(list.allowed("https://app.example.com@evil.com/zoom")).isEmpty();
        assertThat(list.allowed("https://evil.com\\@app.example.com/zoom")).isEmpty();
        assertThat(list.allowed("//app.example.com/zoom")).isEmpty();
        assertThat(list.allowed("javascript:alert(1)")).isEmpty();
        assertThat(list.allowed("https://app.example.com/zoom/../admin")).isEmpty();
        assertThat(list.allowed("https://app.example.com/zoom/%2e%2e/admin")).isEmpty();
        assertThat(list.allowed("https://app.example.com/zoom/done#fragment")).isEmpty();
        assertThat(list.allowed(null)).isEmpty();
        assertThat(new ReturnUrlAllowList(List.of()).allowed("https://app.example.com/zoom")).isEmpty();
    }

    @Test
    void aBadPrefixStopsStartUpWithTheVariableNamed() {
        assertThatThrownBy(() -> new ReturnUrlAllowList(List.of("app.example.com")))
                .hasMessageContaining("ZOOM_CONNECT_RETURN_URLS");
    }

    @Test
    void externalUserIdsAndTagsAreBounded() {
        assertThat(new ExternalUserId("user 42/ä").value()).isEqualTo("user 42/ä");
        assertThatThrownBy(() -> new ExternalUserId("")).hasMessageContaining("externalUserId");
        assertThatThrownBy(() -> new ExternalUserId(" padded")).hasMessageContaining("externalUserId");
        assertThatThrownBy(() -> new ExternalUserId("x".repeat(256))).hasMessageContaining("externalUserId");
        assertThatThrownBy(() -> new ExternalUserId("line\nbreak")).hasMessageContaining("externalUserId");
        Map<String, String> eleven = new HashMap<>();
        for (int i = 0; i < 11; i++) {
            eleven.put("k" + i, "v");
        }
        assertThatThrownBy(() -> new ConnectionTags(eleven)).hasMessageContaining("tags");
        assertThatThrownBy(() -> new ConnectionTags(Map.of("k".repeat(65), "v"))).hasMessageContaining("tags");
        assertThatThrownBy(() -> new ConnectionTags(Map.of("k", "v".repeat(256)))).hasMessageContaining("tags.k");
        assertThat(new ConnectionTags(Map.of("b", "2", "a", "1")).values()).containsExactly(
                Map.entry("a", "1"), Map.entry("b", "2"));
    }
}
