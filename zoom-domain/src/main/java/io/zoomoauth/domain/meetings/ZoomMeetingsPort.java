package io.zoomoauth.domain.meetings;

import io.zoomoauth.domain.listings.Page;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUserRef;

/**
 * Out-port: Zoom's meetings API. Throws the domain's failures; 401 code 124 is
 * {@link io.zoomoauth.domain.error.AccessTokenRejected}. A create is never retried by the adapter
 * (it would duplicate meetings); reads may be.
 */
public interface ZoomMeetingsPort {

    /** {@code POST /users/{userId}/meetings} → 201. */
    Meeting create(AccessToken accessToken, ZoomUserRef user, MeetingDraft draft);

    /** {@code GET /users/{userId}/meetings}. */
    Page<Meeting> list(AccessToken accessToken, ZoomUserRef user, MeetingListQuery query);

    /** {@code GET /meetings/{meetingId}}. */
    Meeting get(AccessToken accessToken, MeetingId meetingId);

    /** {@code PATCH /meetings/{meetingId}} → 204. */
    void update(AccessToken accessToken, MeetingId meetingId, MeetingChanges changes);

    /** {@code DELETE /meetings/{meetingId}} → 204. */
    void delete(AccessToken accessToken, MeetingId meetingId);
}
