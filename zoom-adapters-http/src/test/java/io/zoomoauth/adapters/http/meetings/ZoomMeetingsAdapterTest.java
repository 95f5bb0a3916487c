package io.zoomoauth.adapters.http.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.http.AdapterTestContext;
import io.zoomoauth.fake.Fault;
import io.zoomoauth.fake.FakeZoom;
import io.zoomoauth.adapters.http.oauth.ZoomOAuthAdapter;
import io.zoomoauth.domain.error.ZoomApiError;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.listings.Page;
import io.zoomoauth.domain.meetings.Meeting;
import io.zoomoauth.domain.meetings.MeetingChanges;
import io.zoomoauth.domain.meetings.MeetingDraft;
import io.zoomoauth.domain.meetings.MeetingId;
import io.zoomoauth.domain.meetings.MeetingListQuery;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUserRef;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZoomMeetingsAdapterTest {

    private static final String CREATE = "POST /v2/users/{userId}/meetings";
    private static final String ONE = "/v2/meetings/*";
    private static AdapterTestContext zoom;
    private static ZoomMeetingsAdapter meetings;
    private AccessToken token;
    private String userId;

    @BeforeAll
    static void start() {
        zoom = new AdapterTestContext();
        meetings = zoom.bean(ZoomMeetingsAdapter.class);
    }

    @AfterAll
    static void stop() {
        zoom.close();
    }

    @BeforeEach
    void freshUser() {
        AdapterTestContext.ConnectedUser user = zoom.freshConnectedUser("host", "Hedy", "Lamarr");
        userId = user.userId();
        token = user.token();
    }

    @Test
    void create_returnsTheMeetingWithA64BitIdAndEveryUntypedField() {
        Meeting meeting = meetings.create(token, ZoomUserRef.ME, draft(Map.of()));

        assertThat(meeting.id().value()).isGreaterThan(1L << 33);
        assertThat(meeting.topic()).isEqualTo("Design review");
        assertThat(meeting.type()).isEqualTo(2);
        assertThat(meeting.startTime()).contains("2026-12-01T15:00:00Z");
        assertThat(meeting.duration()).contains(45);
        assertThat(meeting.timezone()).contains("Europe/Berlin");
        assertThat(meeting.joinUrl()).hasValueSatisfying(url -> assertThat(url).startsWith("https://fake.zoom.us/j/"));
        assertThat(meeting.otherFields()).containsKeys("uuid", "host_id", "start_url", "password", "settings", "created_at")
                .containsEntry("agenda", "Walk through the adapters")
                .doesNotContainKeys(Meeting.TYPED_FIELDS.toArray(String[]::new));
        assertThat(zoom.fake.apiCallCount(CREATE)).isEqualTo(1);
    }

    @Test
    void create_sendsUntypedFieldsUnchanged_andZoomsFieldsComeBackUnchanged() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("join_before_host", true);
        settings.put("a_setting_zoom_adds_next_year", Map.of("nested", List.of(1, 2, 3)));
        Map<String, Object> others = new LinkedHashMap<>();
        others.put("settings", settings);
        others.put("tracking_fields", List.of(Map.of("field", "team", "value", "core")));
        others.put("a_field_zoom_adds_next_year", "kept");

        Meeting created = meetings.create(token, ZoomUserRef.ME, draft(others));
        Meeting fetched = meetings.get(token, created.id());

        @SuppressWarnings("unchecked")
        Map<String, Object> sentSettings = (Map<String, Object>) zoom.fake.meeting(created.id().value()).orElseThrow()
                .get("settings");
        assertThat(sentSettings).containsEntry("join_before_host", true)
                .containsEntry("a_setting_zoom_adds_next_year", Map.of("nested", List.of(1L, 2L, 3L)))
                .containsEntry("waiting_room", true);
        assertThat(fetched.otherFields()).containsEntry("a_field_zoom_adds_next_year", "kept")
                .containsKey("tracking_fields");
        @SuppressWarnings("unchecked")
        Map<String, Object> fetchedSettings = (Map<String, Object>) fetched.otherFields().get("settings");
        assertThat(fetchedSettings).containsEntry("join_before_host", true).containsKey("a_setting_zoom_adds_next_year");
        assertThat(fetched.otherFields()).isEqualTo(created.otherFields());
    }

    @Test
    void createOn5xx_failsWithZoomUnavailable_andIsNeverRetried() {
        zoom.fake.failNext("POST", null, 3, Fault.status(503));

        assertThatThrownBy(() -> meetings.create(token, ZoomUserRef.ME, draft(Map.of())))
                .isInstanceOfSatisfying(ZoomUnavailable.class, e -> assertThat(e.httpStatus()).hasValue(503));
        assertThat(zoom.fake.apiCallCount(CREATE)).isEqualTo(1);
    }

    @Test
    void createWhenConnectionDrops_failsWithZoomUnavailable_andIsNeverRetried() {
        zoom.fake.failNext("POST", null, 3, Fault.drop());

        assertThatThrownBy(() -> meetings.create(token, ZoomUserRef.ME, draft(Map.of())))
                .isInstanceOf(ZoomUnavailable.class);
        assertThat(zoom.fake.apiCallCount(CREATE)).isEqualTo(1);
    }

    @Test
    void createWhenZoomHangs_failsWithZoomUnavailable_andIsNeverRetried() {
        zoom.fake.failNext("POST", null, 3, Fault.hang(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> meetings.create(token, ZoomUserRef.ME, draft(Map.of())))
                .isInstanceOf(ZoomUnavailable.class);
        assertThat(zoom.fake.apiCallCount(CREATE)).isEqualTo(1);
    }

    @Test
    void createWithInvalidField_failsWithZoomApiErrorCarryingZoomsCode() {
        Map<String, Object> others = Map.of("settings", "not-an-object");

        assertThatThrownBy(() -> meetings.create(token, ZoomUserRef.ME, draft(others)))
                .isInstanceOfSatisfying(ZoomApiError.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.zoomCode()).hasValue(300);
                    assertThat(e.zoomMessage()).isEqualTo("Validation Failed.");
                    assertThat(e.trackingId()).isPresent();
                });
    }

    @Test
    void createForUserByIdOrEmail_withAccountToken_works() {
        AccessToken accountToken = zoom.bean(ZoomOAuthAdapter.class)
                .fetchAccountToken(new ZoomAccountId(FakeZoom.DEFAULT_ACCOUNT_ID)).accessToken();

        Meeting byId = meetings.create(accountToken, new ZoomUserRef(userId), draft(Map.of()));

        assertThat(byId.otherFields()).containsEntry("host_id", userId);
    }

    @Test
    void createForUnknownUser_failsWithZoomApiError1001() {
        AccessToken accountToken = zoom.bean(ZoomOAuthAdapter.class)
                .fetchAccountToken(new ZoomAccountId(FakeZoom.DEFAULT_ACCOUNT_ID)).accessToken();

        assertThatThrownBy(() -> meetings.create(accountToken, new ZoomUserRef("nobody+x@example.com"), draft(Map.of())))
                .isInstanceOfSatisfying(ZoomApiError.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.zoomCode()).hasValue(1001);
                });
        assertThat(zoom.fake.apiCalls()).last()
                .satisfies(call -> assertThat(call.rawPath()).matches("/v2/users/nobody%2Bx(@|%40)example.com/meetings"));
    }

    @Test
    void list_sendsQueryParameters_andPagesWithNextPageToken() {
        meetings.create(token, ZoomUserRef.ME, draft(Map.of()));
        meetings.create(token, ZoomUserRef.ME, draft(Map.of()));
        meetings.create(token, ZoomUserRef.ME, draft(Map.of()));

        Page<Meeting> first = meetings.list(token, ZoomUserRef.ME,
                new MeetingListQuery(Optional.of("scheduled"), Optional.of(2), Optional.empty()));
        Page<Meeting> second = meetings.list(token, ZoomUserRef.ME,
                new MeetingListQuery(Optional.of("scheduled"), Optional.of(2), first.nextPageToken()));

        assertThat(first.items()).hasSize(2);
        assertThat(first.totalRecords()).isEqualTo(3);
        assertThat(first.pageSize()).isEqualTo(2);
        assertThat(first.nextPageToken()).isPresent();
        assertThat(second.items()).hasSize(1);
        assertThat(second.nextPageToken()).isEmpty();
        assertThat(first.items().get(0).otherFields()).doesNotContainKey("start_url");
        assertThat(zoom.fake.apiCalls()).filteredOn(call -> call.method().equals("GET")).first()
                .satisfies(call -> assertThat(call.rawQuery()).isEqualTo("type=scheduled&page_size=2"));
    }

    @Test
    void get_unknownMeeting_failsWithZoomApiError3001() {
        assertThatThrownBy(() -> meetings.get(token, new MeetingId(Long.MAX_VALUE)))
                .isInstanceOfSatisfying(ZoomApiError.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.zoomCode()).hasValue(3001);
                    assertThat(e.zoomMessage()).contains("Meeting does not exist");
                    assertThat(e.trackingId()).isPresent();
                });
    }

    @Test
    void getOn5xx_isRetriedAtMostTwice() {
        Meeting meeting = meetings.create(token, ZoomUserRef.ME, draft(Map.of()));
        zoom.fake.failNext("GET", ONE, 2, Fault.status(500));

        assertThat(meetings.get(token, meeting.id()).id()).isEqualTo(meeting.id());
        assertThat(zoom.fake.apiCallCount("GET /v2/meetings/{meetingId}")).isEqualTo(3);
    }

    @Test
    void update_sendsOnlyTheChangedFields() {
        Meeting meeting = meetings.create(token, ZoomUserRef.ME, draft(Map.of("settings", Map.of("host_video", true))));

        meetings.update(token, meeting.id(), new MeetingChanges(Optional.of("Renamed"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of("settings", Map.of("mute_upon_entry", true))));

        Meeting updated = meetings.get(token, meeting.id());
        assertThat(updated.topic()).isEqualTo("Renamed");
        assertThat(updated.duration()).contains(45);
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = (Map<String, Object>) updated.otherFields().get("settings");
        assertThat(settings).containsEntry("mute_upon_entry", true).containsEntry("host_video", true);
    }

    @Test
    void updateOn5xx_failsWithZoomUnavailable_andIsNotRetried() {
        Meeting meeting = meetings.create(token, ZoomUserRef.ME, draft(Map.of()));
        zoom.fake.failNext("PATCH", ONE, 3, Fault.status(502));

        assertThatThrownBy(() -> meetings.update(token, meeting.id(), renamed())).isInstanceOf(ZoomUnavailable.class);
        assertThat(zoom.fake.apiCallCount("PATCH /v2/meetings/{meetingId}")).isEqualTo(1);
    }

    @Test
    void delete_removesTheMeeting() {
        Meeting meeting = meetings.create(token, ZoomUserRef.ME, draft(Map.of()));

        meetings.delete(token, meeting.id());

        assertThatThrownBy(() -> meetings.get(token, meeting.id())).isInstanceOfSatisfying(ZoomApiError.class,
                e -> assertThat(e.zoomCode()).hasValue(3001));
    }

    @Test
    void deleteOn5xx_failsWithZoomUnavailable_andIsNotRetried() {
        Meeting meeting = meetings.create(token, ZoomUserRef.ME, draft(Map.of()));
        zoom.fake.failNext("DELETE", ONE, 3, Fault.status(503));

        assertThatThrownBy(() -> meetings.delete(token, meeting.id())).isInstanceOf(ZoomUnavailable.class);
        assertThat(zoom.fake.apiCallCount("DELETE /v2/meetings/{meetingId}")).isEqualTo(1);
    }

    @Test
    void anotherUsersMeeting_isNotFound() {
        Meeting meeting = meetings.create(token, ZoomUserRef.ME, draft(Map.of()));
        AccessToken otherToken = zoom.connect(zoom.fake.addUser("other" + System.nanoTime() + "@example.com", "O", "T"))
                .accessToken();

        assertThatThrownBy(() -> meetings.get(otherToken, meeting.id())).isInstanceOf(ZoomApiError.class);
    }

    @Test
    void concurrentCreates_allSucceedWithDistinctIds() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Callable<Long>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(() -> meetings.create(token, ZoomUserRef.ME, draft(Map.of())).id().value());
            }
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Long> id : pool.invokeAll(calls)) {
                ids.add(id.get());
            }

            assertThat(ids).hasSize(24);
            assertThat(zoom.fake.apiCallCount(CREATE)).isEqualTo(24);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../admin", "a/b", "me?x=1", "%2e%2e", "..", "me#frag", "me/../../oauth/token", " me", ""})
    void hostileUserIds_areRefusedBeforeAnyRequest(String hostile) {
        int before = zoom.fake.totalRequests();

        assertThatThrownBy(() -> meetings.list(token, new ZoomUserRef(hostile), MeetingListQuery.firstPage()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(zoom.fake.totalRequests()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../1", "1/2", "1?x=1", "%2e%2e", "-5", "0", "99999999999999999999", "1 "})
    void hostileMeetingIds_areRefusedBeforeAnyRequest(String hostile) {
        int before = zoom.fake.totalRequests();

        assertThatThrownBy(() -> meetings.get(token, MeetingId.parse(hostile))).isInstanceOf(IllegalArgumentException.class);
        assertThat(zoom.fake.totalRequests()).isEqualTo(before);
    }

    private static MeetingDraft draft(Map<String, Object> others) {
        return new MeetingDraft("Design review", 2, Optional.of("2026-12-01T15:00:00Z"), Optional.of(45),
                Optional.of("Europe/Berlin"), Optional.of("Walk through the adapters"), others);
    }

    private static MeetingChanges renamed() {
        return new MeetingChanges(Optional.of("Renamed"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
    }
}
