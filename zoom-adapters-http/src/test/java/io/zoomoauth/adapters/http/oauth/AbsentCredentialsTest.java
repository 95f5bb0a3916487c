package io.zoomoauth.adapters.http.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.http.AdapterTestContext;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.error.InvalidClient;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.PkceVerifier;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Without ZOOM_CLIENT_ID / ZOOM_CLIENT_SECRET (or the S2S pair) the service starts; the calls fail locally. */
class AbsentCredentialsTest {

    private static AdapterTestContext zoom;
    private static ZoomOAuthPort oauth;

    @BeforeAll
    static void start() {
        Map<String, Object> absent = new HashMap<>();
        absent.put("zoom.oauth.client-id", null);
        absent.put("zoom.oauth.client-secret", null);
        absent.put("zoom.s2s.client-id", null);
        absent.put("zoom.s2s.client-secret", "");
        zoom = new AdapterTestContext(absent);
        oauth = zoom.bean(ZoomOAuthPort.class);
    }

    @AfterAll
    static void stop() {
        zoom.close();
    }

    @Test
    void exchangeRefreshRevokeAndAuthorize_failWithInvalidClientNamingTheVariables_withoutARequest() {
        PkceVerifier verifier = PkceVerifier.random(RandomSource.secure());
        int before = zoom.fake.totalRequests();

        assertThatThrownBy(() -> oauth.exchangeCode("some-code", verifier, AdapterTestContext.REDIRECT_URI))
                .isInstanceOfSatisfying(InvalidClient.class, e -> {
                    assertThat(e.getMessage()).contains("ZOOM_CLIENT_ID").contains("ZOOM_CLIENT_SECRET");
                    assertThat(e.trackingId()).isEmpty();
                });
        assertThatThrownBy(() -> oauth.refresh(new RefreshToken("some-refresh-token"))).isInstanceOf(InvalidClient.class);
        assertThatThrownBy(() -> oauth.revoke(new AccessToken("some-access-token"))).isInstanceOf(InvalidClient.class);
        assertThatThrownBy(() -> oauth.authorizationUri(AuthorizationState.random(RandomSource.secure()),
                verifier.s256Challenge(), AdapterTestContext.REDIRECT_URI)).isInstanceOf(InvalidClient.class);
        assertThat(zoom.fake.totalRequests()).isEqualTo(before);
    }

    @Test
    void fetchAccountToken_failsWithInvalidClientNamingTheS2sVariables_withoutARequest() {
        int before = zoom.fake.totalRequests();

        assertThatThrownBy(() -> oauth.fetchAccountToken(new ZoomAccountId("anyAccount")))
                .isInstanceOfSatisfying(InvalidClient.class, e -> assertThat(e.getMessage())
                        .contains("ZOOM_S2S_CLIENT_ID").contains("ZOOM_S2S_CLIENT_SECRET"));
        assertThat(zoom.fake.totalRequests()).isEqualTo(before);
    }
}
