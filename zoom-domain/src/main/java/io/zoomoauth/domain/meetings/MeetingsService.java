package io.zoomoauth.domain.meetings;

import io.zoomoauth.domain.listings.Page;
import io.zoomoauth.domain.access.ZoomApiAccess;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.access.ActingFor;

/** Meeting operations; credentials and the 124 retry come from {@link ZoomApiAccess}. */
public final class MeetingsService implements ManageMeetingsUseCase {

    private final ZoomApiAccess access;
    private final ZoomMeetingsPort meetings;

    public MeetingsService(ZoomApiAccess access, ZoomMeetingsPort meetings) {
        this.access = Check.notNull(access, "access");
        this.meetings = Check.notNull(meetings, "meetings");
    }

    @Override
    public Meeting create(ActingFor user, MeetingDraft draft) {
        Check.notNull(draft, "draft");
        return access.onBehalfOf(user, (token, pathUser) -> meetings.create(token, pathUser, draft));
    }

    @Override
    public Page<Meeting> list(ActingFor user, MeetingListQuery query) {
        Check.notNull(query, "query");
        return access.onBehalfOf(user, (token, pathUser) -> meetings.list(token, pathUser, query));
    }

    @Override
    public Meeting get(ActingFor user, MeetingId meetingId) {
        Check.notNull(meetingId, "meetingId");
        return access.onBehalfOf(user, (token, pathUser) -> meetings.get(token, meetingId));
    }

    @Override
    public void update(ActingFor user, MeetingId meetingId, MeetingChanges changes) {
        Check.notNull(meetingId, "meetingId");
        Check.notNull(changes, "changes");
        access.onBehalfOf(user, (token, pathUser) -> {
            meetings.update(token, meetingId, changes);
            return null;
        });
    }

    @Override
    public void delete(ActingFor user, MeetingId meetingId) {
        Check.notNull(meetingId, "meetingId");
        access.onBehalfOf(user, (token, pathUser) -> {
            meetings.delete(token, meetingId);
            return null;
        });
    }
}
