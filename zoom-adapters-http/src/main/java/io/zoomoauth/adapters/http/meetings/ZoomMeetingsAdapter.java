package io.zoomoauth.adapters.http.meetings;

import io.zoomoauth.adapters.http.support.ApiPath;
import io.zoomoauth.adapters.http.support.ZoomApi;
import io.zoomoauth.domain.meetings.Meeting;
import io.zoomoauth.domain.meetings.MeetingChanges;
import io.zoomoauth.domain.meetings.MeetingDraft;
import io.zoomoauth.domain.meetings.MeetingId;
import io.zoomoauth.domain.meetings.MeetingListQuery;
import io.zoomoauth.domain.meetings.MeetingPage;
import io.zoomoauth.domain.meetings.ZoomMeetingsPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUserRef;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Zoom's meetings API over {@link ZoomApi}. Only the GETs are ever retried (see
 * {@link io.zoomoauth.adapters.http.support.RetryPolicy}): a repeated create would duplicate the meeting.
 */
@Singleton
public class ZoomMeetingsAdapter implements ZoomMeetingsPort {

    static final String USER_MEETINGS = "/users/{userId}/meetings";
    static final String MEETING = "/meetings/{meetingId}";

    private final ZoomApi api;

    public ZoomMeetingsAdapter(ZoomApi api) {
        this.api = api;
    }

    @Override
    public Meeting create(AccessToken accessToken, ZoomUserRef user, MeetingDraft draft) {
        return api.post(accessToken, ApiPath.of(USER_MEETINGS, user.value()), MeetingMapper.toJson(draft),
                MeetingMapper::toMeeting);
    }

    @Override
    public MeetingPage list(AccessToken accessToken, ZoomUserRef user, MeetingListQuery query) {
        return api.get(accessToken, ApiPath.of(USER_MEETINGS, user.value()), MeetingMapper.toQuery(query),
                MeetingMapper::toPage);
    }

    @Override
    public Meeting get(AccessToken accessToken, MeetingId meetingId) {
        return api.get(accessToken, ApiPath.of(MEETING, meetingId.value()), Map.of(), MeetingMapper::toMeeting);
    }

    @Override
    public void update(AccessToken accessToken, MeetingId meetingId, MeetingChanges changes) {
        api.patch(accessToken, ApiPath.of(MEETING, meetingId.value()), MeetingMapper.toJson(changes));
    }

    @Override
    public void delete(AccessToken accessToken, MeetingId meetingId) {
        api.delete(accessToken, ApiPath.of(MEETING, meetingId.value()));
    }
}
