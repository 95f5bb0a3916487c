package io.zoomoauth.domain.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.users.ZoomUserRef;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingValidationTest {

    private static MeetingDraft draft(String topic, int type, String start) {
        return new MeetingDraft(topic, type, Optional.ofNullable(start), Optional.of(30), Optional.of("Europe/Berlin"),
                Optional.empty(), Map.of("settings", Map.of("waiting_room", true)));
    }

    @Test
    void acceptsADocumentedMeeting() {
        MeetingDraft ok = draft("Planning", 2, "2026-12-01T10:00:00Z");
        assertThat(ok.otherFields()).containsKey("settings");
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> draft("", 2, null)).hasMessageContaining("topic");
        assertThatThrownBy(() -> draft("x".repeat(201), 2, null)).hasMessageContaining("topic");
        assertThatThrownBy(() -> draft("t", 5, null)).hasMessageContaining("type");
        assertThatThrownBy(() -> draft("t", 2, "tomorrow")).hasMessageContaining("start_time");
        assertThatThrownBy(() -> draft("t", 8, null)).hasMessageContaining("start_time");
        assertThatThrownBy(() -> new MeetingDraft("t", 2, Optional.empty(), Optional.of(-1), Optional.empty(),
                Optional.empty(), Map.of())).hasMessageContaining("duration");
        assertThatThrownBy(() -> new MeetingDraft("t", 2, Optional.empty(), Optional.empty(), Optional.of("Mars/Base 1"),
                Optional.empty(), Map.of())).hasMessageContaining("timezone");
    }

    @Test
    void typedFieldsCannotBeSmuggledInOtherFields() {
        assertThatThrownBy(() -> new MeetingDraft("t", 2, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of("topic", "again"))).hasMessageContaining("topic");
    }

    @Test
    void anUpdateMustChangeSomething() {
        assertThatThrownBy(() -> new MeetingChanges(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of())).hasMessageContaining("at least one");
        assertThat(new MeetingChanges(Optional.of("New"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of()).topic()).contains("New");
    }

    @Test
    void meetingIdsAre64BitAndPlain() {
        assertThat(MeetingId.parse("85746065432").value()).isEqualTo(85746065432L);
        assertThat(MeetingId.parse("9223372036854775807").value()).isEqualTo(Long.MAX_VALUE);
        for (String bad : new String[] {"", "0", "-1", "1e9", "12a", "9223372036854775808", "../1", " 1"}) {
            assertThatThrownBy(() -> MeetingId.parse(bad)).as(bad).hasMessageContaining("meetingId");
        }
    }

    @Test
    void userRefsAreMeAnIdOrAnEmail() {
        assertThat(ZoomUserRef.isPlausible("me")).isTrue();
        assertThat(ZoomUserRef.isPlausible("KdYKjnimT4KPd8FFgQt9FQ")).isTrue();
        assertThat(ZoomUserRef.isPlausible("ada@example.com")).isTrue();
        for (String bad : new String[] {"../admin", "a/b", "me?x=1", "%2e%2e", "", "a b", "x@y"}) {
            assertThat(ZoomUserRef.isPlausible(bad)).as(bad).isFalse();
        }
    }

    @Test
    void meetingToStringHidesTheHostsStartUrl() {
        Meeting meeting = new Meeting(new MeetingId(1), "t", 2, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of("start_url", "https://zoom.us/s/1?zak=SECRET", "password", "pw123"));
        assertThat(meeting.toString()).doesNotContain("SECRET").doesNotContain("pw123");
    }

    @Test
    void listQueryValidatesZoomsPagingParameters() {
        assertThatThrownBy(() -> new MeetingListQuery(Optional.of("all"), Optional.empty(), Optional.empty()))
                .hasMessageContaining("type");
        assertThatThrownBy(() -> new MeetingListQuery(Optional.empty(), Optional.of(301), Optional.empty()))
                .hasMessageContaining("page_size");
        assertThatThrownBy(() -> new MeetingListQuery(Optional.empty(), Optional.empty(), Optional.of("a&b")))
                .hasMessageContaining("next_page_token");
    }
}
