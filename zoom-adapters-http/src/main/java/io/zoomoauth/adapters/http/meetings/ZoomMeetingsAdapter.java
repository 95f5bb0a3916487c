package io.zoomoauth.adapters.http.meetings;

import static io.zoomoauth.adapters.http.support.ZoomCalls.bearer;

import io.zoomoauth.adapters.http.support.ZoomCalls;
import io.zoomoauth.domain.listings.Page;
import io.zoomoauth.domain.meetings.Meeting;
import io.zoomoauth.domain.meetings.MeetingChanges;
import io.zoomoauth.domain.meetings.MeetingDraft;
import io.zoomoauth.domain.meetings.MeetingId;
import io.zoomoauth.domain.meetings.MeetingListQuery;
import io.zoomoauth.domain.meetings.ZoomMeetingsPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUserRef;
import jakarta.inject.Singleton;

/** Zoom's meetings API over the declarative {@link ZoomMeetingsClient}. */
@Singleton
public class ZoomMeetingsAdapter implements ZoomMeetingsPort {

    private final ZoomMeetingsClient client;
    private final ZoomCalls calls;

    ZoomMeetingsAdapter(ZoomMeetingsClient client, ZoomCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    @Override
    public Meeting create(AccessToken token, ZoomUserRef user, MeetingDraft draft) {
        return calls.read(() -> client.create(bearer(token), user.value(), MeetingJson.of(draft)), MeetingJson::toMeeting);
    }

    @Override
    public Page<Meeting> list(AccessToken token, ZoomUserRef user, MeetingListQuery query) {
        return calls.read(() -> client.list(bearer(token), user.value(), query.type().orElse(null),
                        query.pageSize().orElse(null), query.nextPageToken().orElse(null)),
                page -> page.toPage(MeetingJson::toMeeting));
    }

    @Override
    public Meeting get(AccessToken token, MeetingId meetingId) {
        return calls.read(() -> client.get(bearer(token), meetingId.value()), MeetingJson::toMeeting);
    }

    @Override
    public void update(AccessToken token, MeetingId meetingId, MeetingChanges changes) {
        calls.run(() -> client.update(bearer(token), meetingId.value(), MeetingJson.of(changes)));
    }

    @Override
    public void delete(AccessToken token, MeetingId meetingId) {
        calls.run(() -> client.delete(bearer(token), meetingId.value()));
    }
}
