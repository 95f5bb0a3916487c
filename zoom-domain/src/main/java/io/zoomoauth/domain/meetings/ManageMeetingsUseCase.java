package io.zoomoauth.domain.meetings;

import io.zoomoauth.domain.access.ActingFor;
import io.zoomoauth.domain.listings.Page;

/** In-port: a user's meetings, with the user's own grant or the Server-to-Server token (see {@link ActingFor}). */
public interface ManageMeetingsUseCase {

    Meeting create(ActingFor user, MeetingDraft draft);

    Page<Meeting> list(ActingFor user, MeetingListQuery query);

    Meeting get(ActingFor user, MeetingId meetingId);

    void update(ActingFor user, MeetingId meetingId, MeetingChanges changes);

    void delete(ActingFor user, MeetingId meetingId);
}
