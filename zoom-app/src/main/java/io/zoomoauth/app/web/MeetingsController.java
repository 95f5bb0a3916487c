package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.zoomoauth.domain.meetings.ManageMeetingsUseCase;
import io.zoomoauth.domain.meetings.Meeting;
import io.zoomoauth.domain.meetings.MeetingId;
import io.zoomoauth.domain.meetings.MeetingListQuery;
import io.zoomoauth.domain.users.ZoomUserRef;
import java.util.Map;
import java.util.Optional;

/**
 * A user's Zoom meetings, with the user's own grant or, for users without one, the Server-to-Server app.
 * Bodies and answers use Zoom's own JSON; fields the service does not model pass through unchanged.
 */
@Controller("/api/users/{userId}/meetings")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "apiKey")
public class MeetingsController {

    private final ManageMeetingsUseCase meetings;

    public MeetingsController(ManageMeetingsUseCase meetings) {
        this.meetings = meetings;
    }

    @Post
    @Operation(summary = "Create a meeting (Zoom: POST /users/{userId}/meetings)")
    public HttpResponse<Meeting> create(@PathVariable String userId, @Nullable @Body Map<String, Object> body) {
        return HttpResponse.status(HttpStatus.CREATED).body(meetings.create(user(userId), MeetingJson.draft(body)));
    }

    @Get
    @Operation(summary = "List meetings (Zoom's type, page_size and next_page_token pass through)")
    public PageJson<Meeting> list(@PathVariable String userId, @Nullable @QueryValue String type,
                                    @Nullable @QueryValue("page_size") Integer pageSize,
                                    @Nullable @QueryValue("next_page_token") String nextPageToken) {
        MeetingListQuery query = new MeetingListQuery(Optional.ofNullable(type), Optional.ofNullable(pageSize),
                Optional.ofNullable(nextPageToken).filter(t -> !t.isEmpty()));
        return PageJson.of("meetings", meetings.list(user(userId), query));
    }

    @Get("/{meetingId}")
    @Operation(summary = "One meeting")
    public Meeting get(@PathVariable String userId, @PathVariable String meetingId) {
        return meetings.get(user(userId), MeetingId.parse(meetingId));
    }

    @Patch("/{meetingId}")
    @Operation(summary = "Change a meeting (only the fields sent)")
    public HttpResponse<Void> update(@PathVariable String userId, @PathVariable String meetingId,
                                     @Nullable @Body Map<String, Object> body) {
        meetings.update(user(userId), MeetingId.parse(meetingId), MeetingJson.changes(body));
        return HttpResponse.noContent();
    }

    @Delete("/{meetingId}")
    @Operation(summary = "Delete a meeting")
    public HttpResponse<Void> delete(@PathVariable String userId, @PathVariable String meetingId) {
        meetings.delete(user(userId), MeetingId.parse(meetingId));
        return HttpResponse.noContent();
    }

    /** A connected user's Zoom id, or (Server-to-Server) an id or email; {@code me} means nothing here. */
    static ZoomUserRef user(String userId) {
        if ("me".equals(userId)) {
            throw new IllegalArgumentException("userId must be a Zoom user id or an email address, not 'me'");
        }
        return new ZoomUserRef(userId);
    }
}
