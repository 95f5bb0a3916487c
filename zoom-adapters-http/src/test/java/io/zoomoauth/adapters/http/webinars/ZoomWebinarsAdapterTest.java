package io.zoomoauth.adapters.http.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.http.AdapterTestContext;
import io.zoomoauth.adapters.http.oauth.ZoomOAuthAdapter;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.zoomoauth.adapters.http.support.ZoomPage;
import io.zoomoauth.domain.error.ZoomApiError;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.listings.Page;
import io.zoomoauth.domain.listings.PageQuery;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUserRef;
import io.zoomoauth.domain.webinars.Webinar;
import io.zoomoauth.fake.Fault;
import io.zoomoauth.fake.FakeZoom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZoomWebinarsAdapterTest {

    private static final String LIST = "GET /v2/users/{userId}/webinars";
    private static AdapterTestContext zoom;
    private static ZoomWebinarsAdapter webinars;
    private AccessToken token;
    private String userId;

    @BeforeAll
    static void start() {
        zoom = new AdapterTestContext();
        webinars = zoom.bean(ZoomWebinarsAdapter.class);
    }

    @AfterAll
    static void stop() {
        zoom.close();
    }

    @BeforeEach
    void freshUser() {
        AdapterTestContext.ConnectedUser user = zoom.freshConnectedUser("speaker", "Grace", "Hopper");
        userId = user.userId();
        token = user.token();
    }

    private void hosts(long id, String topic) {
        zoom.fake.addToUserList("webinars", userId, Map.of("id", id, "topic", topic,
                "start_time", "2026-12-02T16:00:00Z", "uuid", "u-" + id, "settings", Map.of("panelists_video", true)));
    }

    @Test
    void list_readsTypedFieldsWith64BitIds_andKeepsEveryOtherField() {
        hosts((1L << 34) + 7, "Launch");

        Page<Webinar> page = webinars.list(token, ZoomUserRef.ME, PageQuery.of(null, null));

        assertThat(page.items()).singleElement().satisfies(webinar -> {
            assertThat(webinar.id()).isEqualTo((1L << 34) + 7);
            assertThat(webinar.topic()).isEqualTo("Launch");
            assertThat(webinar.startTime()).contains("2026-12-02T16:00:00Z");
            assertThat(webinar.otherFields()).containsEntry("uuid", "u-" + ((1L << 34) + 7))
                    .containsEntry("settings", Map.of("panelists_video", true)).doesNotContainKeys("id", "topic");
        });
        assertThat(page.totalRecords()).isEqualTo(1);
        assertThat(page.nextPageToken()).isEmpty();
    }

    @Test
    void list_sendsPageSize_andFollowsNextPageToken() {
        for (int i = 1; i <= 3; i++) {
            hosts(9_000_000_000L + i, "Webinar " + i);
        }

        Page<Webinar> first = webinars.list(token, ZoomUserRef.ME, PageQuery.of(2, null));
        Page<Webinar> second = webinars.list(token, ZoomUserRef.ME, new PageQuery(Optional.of(2), first.nextPageToken()));

        assertThat(first.items()).extracting(Webinar::topic).containsExactly("Webinar 1", "Webinar 2");
        assertThat(second.items()).extracting(Webinar::topic).containsExactly("Webinar 3");
        assertThat(second.nextPageToken()).isEmpty();
        assertThat(zoom.fake.apiCalls()).first().satisfies(call -> assertThat(call.rawQuery()).contains("page_size=2"));
    }

    @Test
    void listOn5xx_isRetriedAtMostTwice() {
        zoom.fake.failNext("GET", "/v2/users/me/webinars", 2, Fault.status(502));

        assertThat(webinars.list(token, ZoomUserRef.ME, PageQuery.of(null, null)).items()).isEmpty();
        assertThat(zoom.fake.apiCallCount(LIST)).isEqualTo(3);
    }

    @Test
    void listForUnknownUser_withAccountToken_failsWithZoomApiError1001() {
        AccessToken account = zoom.bean(ZoomOAuthAdapter.class)
                .fetchAccountToken(new ZoomAccountId(FakeZoom.DEFAULT_ACCOUNT_ID)).accessToken();

        assertThatThrownBy(() -> webinars.list(account, new ZoomUserRef("nobody@example.com"), PageQuery.of(null, null)))
                .isInstanceOfSatisfying(ZoomApiError.class, e -> assertThat(e.zoomCode()).hasValue(1001));
    }

    @Test
    void anItemWithoutARequiredField_isZoomUnavailableNamingTheField() {
        zoom.fake.addToUserList("webinars", userId, Map.of("id", 9_000_000_001L, "start_time", "2026-12-02T16:00:00Z"));

        assertThatThrownBy(() -> webinars.list(token, ZoomUserRef.ME, PageQuery.of(null, null)))
                .isInstanceOfSatisfying(ZoomUnavailable.class, e -> assertThat(e.getMessage())
                        .contains("unreadable answer to GET /users/{userId}/webinars").contains("topic"));
    }

    @Test
    void anItemZoomCannotHaveSent_isZoomUnavailable_withoutQuotingTheValue() {
        zoom.fake.addToUserList("webinars", userId, Map.of("id", "not-a-number-s3cr3t", "topic", "Launch"));

        assertThatThrownBy(() -> webinars.list(token, ZoomUserRef.ME, PageQuery.of(null, null)))
                .isInstanceOfSatisfying(ZoomUnavailable.class, e -> assertThat(e.getMessage())
                        .contains("unreadable answer").doesNotContain("s3cr3t"));
    }

    @Test
    void anItemWithANonPositiveId_isZoomUnavailableNamingTheId() {
        zoom.fake.addToUserList("webinars", userId, Map.of("id", -5L, "topic", "Launch"));

        assertThatThrownBy(() -> webinars.list(token, ZoomUserRef.ME, PageQuery.of(null, null)))
                .isInstanceOfSatisfying(ZoomUnavailable.class, e -> assertThat(e.getMessage())
                        .contains("id must be a positive number"));
    }

    @Test
    void zoomsOtherPageFields_ofAnyType_areIgnored_andMissingItemsAreAnEmptyPage() throws Exception {
        JsonMapper json = zoom.bean(JsonMapper.class);
        ZoomPage page = json.readValue("{\"page_count\":1,\"page_number\":1,\"from\":\"2026-12-01\",\"page_size\":30,"
                + "\"total_records\":1,\"next_page_token\":\"\",\"webinars\":[{\"id\":7,\"topic\":\"T\"}]}",
                Argument.of(ZoomPage.class));

        assertThat(page.toPage("webinars", node -> List.of(node.size())).items()).containsExactly(1);
        assertThat(page.toPage("recordings", node -> List.of("never read")).items()).isEmpty();
        assertThat(page.toPage("webinars", node -> List.of()).pageSize()).isEqualTo(30);
    }
}
