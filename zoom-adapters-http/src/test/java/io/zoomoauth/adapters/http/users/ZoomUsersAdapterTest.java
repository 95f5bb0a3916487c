package io.zoomoauth.adapters.http.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.http.AdapterTestContext;
import io.zoomoauth.fake.ApiCall;
import io.zoomoauth.fake.FakeZoom;
import io.zoomoauth.domain.error.AccessTokenRejected;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.TokenSet;
import io.zoomoauth.domain.users.ZoomUser;
import io.zoomoauth.adapters.http.oauth.ZoomOAuthAdapter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ZoomUsersAdapterTest {

    private static AdapterTestContext zoom;
    private static ZoomUsersAdapter users;

    @BeforeAll
    static void start() {
        zoom = new AdapterTestContext();
        users = zoom.bean(ZoomUsersAdapter.class);
    }

    @AfterAll
    static void stop() {
        zoom.close();
    }

    @Test
    void me_returnsTheProfileWithUntypedFieldsInOtherFields() {
        String userId = zoom.fake.addUser("grace@example.com", "Grace", "Hopper");
        TokenSet tokens = zoom.connect(userId);

        ZoomUser user = users.me(tokens.accessToken());

        assertThat(user.id().value()).isEqualTo(userId);
        assertThat(user.accountId().value()).isEqualTo(FakeZoom.DEFAULT_ACCOUNT_ID);
        assertThat(user.email()).isEqualTo("grace@example.com");
        assertThat(user.nameToShow()).isEqualTo("Grace Hopper");
        assertThat(user.otherFields()).containsEntry("timezone", "Europe/Berlin").containsKey("pmi")
                .doesNotContainKeys("id", "email", "account_id");
        assertThat(((Number) user.otherFields().get("account_number")).longValue()).isEqualTo(9_876_543_210L);
        assertThat(user.otherFields().get("custom_attributes")).isEqualTo(
                List.of(Map.of("key", "cbf_team", "name", "Team", "value", "core")));
    }

    @Test
    void me_sendsTheTokenOnlyAsBearerHeader() {
        String userId = zoom.fake.addUser("bearer@example.com", "B", "Earer");
        TokenSet tokens = zoom.connect(userId);

        users.me(tokens.accessToken());

        ApiCall call = zoom.fake.apiCalls().get(zoom.fake.apiCalls().size() - 1);
        assertThat(call.endpoint()).isEqualTo("GET /v2/users/me");
        assertThat(call.bearerToken()).isEqualTo(tokens.accessToken().value());
        assertThat(call.rawQuery()).isNull();
    }

    @Test
    void me_withExpiredToken_failsWithAccessTokenRejected() {
        String userId = zoom.fake.addUser("expired@example.com", "E", "Xpired");
        TokenSet tokens = zoom.connect(userId);
        zoom.fake.expireAccessTokens(userId);

        assertThatThrownBy(() -> users.me(tokens.accessToken()))
                .isInstanceOfSatisfying(AccessTokenRejected.class, e -> assertThat(e.trackingId()).isPresent());
    }

    @Test
    void me_withUnknownToken_failsWithAccessTokenRejected() {
        assertThatThrownBy(() -> users.me(new AccessToken("not-a-token-zoom-knows")))
                .isInstanceOf(AccessTokenRejected.class);
    }

    @Test
    void me_withAccountToken_returnsTheAccountOwner() {
        zoom.fake.addUser("owner@example.com", "O", "Wner");
        var grant = zoom.bean(ZoomOAuthAdapter.class).fetchAccountToken(new ZoomAccountId(FakeZoom.DEFAULT_ACCOUNT_ID));

        assertThat(users.me(grant.accessToken()).accountId().value()).isEqualTo(FakeZoom.DEFAULT_ACCOUNT_ID);
    }
}
