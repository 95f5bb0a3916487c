package io.zoomoauth.domain.meetings;

import io.zoomoauth.domain.listings.Page;
import io.zoomoauth.domain.users.ZoomUserRef;

/** In-port: a user's meetings, with the user's own grant or, failing that, the Server-to-Server token. */
public interface ManageMeetingsUseCase {

    Meeting create(ZoomUserRef user, MeetingDraft draft);

    Page<Meeting> list(ZoomUserRef user, MeetingListQuery query);

    Meeting get(ZoomUserRef user, MeetingId meetingId);

    void update(ZoomUserRef user, MeetingId meetingId, MeetingChanges changes);

    void delete(ZoomUserRef user, MeetingId meetingId);
}
