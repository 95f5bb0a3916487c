package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zoomoauth.domain.access.ActingFor;
import io.zoomoauth.domain.idempotency.RecordedAnswer;
import io.zoomoauth.domain.listings.UserListing;
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
@Tag(name = "meetings")
@ApiErrorResponses
public class MeetingsController implements ListRoutes {

    /** Asks for the Server-to-Server account token explicitly (e.g. for a user who removed the app). */
    public static final String CREDENTIALS = "X-Zoom-Credentials";

    /** A user's meetings: Zoom's key of the items in the page (the list has a query of its own, see {@link #list}). */
    static final UserListing<Meeting> LISTING = new UserListing<>("meetings", Meeting.class);

    private final ManageMeetingsUseCase meetings;
    private final IdempotentAnswers idempotent;

    public MeetingsController(ManageMeetingsUseCase meetings, IdempotentAnswers idempotent) {
        this.meetings = meetings;
        this.idempotent = idempotent;
    }

    @Post
    @Operation(operationId = "createMeeting", summary = "Create a meeting (Zoom: POST /users/{userId}/meetings); with Idempotency-Key at most once")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.MeetingRequest.class)))
    @ApiResponse(responseCode = "201", description = "The meeting as Zoom created it (or, for a repeated Idempotency-Key, the first answer again with Idempotent-Replayed: true)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Meeting.class)))
    public HttpResponse<?> create(@PathVariable String userId, @Nullable @Header(CREDENTIALS) String credentials, @Nullable @Body Map<String, Object> body,
                                  @Nullable @Header(IdempotentAnswers.KEY_HEADER) String idempotencyKey) {
        if (idempotencyKey != null) {
            // The body as parsed, written again: the same JSON with other spacing is the same request.
            return idempotent.run(userId, idempotencyKey, "POST meetings", idempotent.jsonBytes(body == null ? Map.of() : body),
                    () -> new RecordedAnswer(201, Map.of("Content-Type", "application/json"),
                            idempotent.jsonBytes(meetings.create(user(userId, credentials), MeetingJson.draft(body)))));
        }
        return HttpResponse.status(HttpStatus.CREATED)
                .body(meetings.create(user(userId, credentials), MeetingJson.draft(body)));
    }

    @Get
    @Operation(operationId = "listMeetings", summary = "List meetings (Zoom's type, page_size and next_page_token pass through)")
    public PageJson<Meeting> list(@PathVariable String userId, @Nullable @Header(CREDENTIALS) String credentials, @Nullable @QueryValue String type,
                                    @Nullable @QueryValue("page_size") Integer pageSize,
                                    @Nullable @QueryValue("next_page_token") String nextPageToken) {
        MeetingListQuery query = new MeetingListQuery(Optional.ofNullable(type), Optional.ofNullable(pageSize),
                Optional.ofNullable(nextPageToken).filter(t -> !t.isEmpty()));
        return PageJson.of(LISTING.name(), meetings.list(user(userId, credentials), query));
    }

    @Get("/{meetingId}")
    @Operation(operationId = "getMeeting", summary = "One meeting")
    public Meeting get(@PathVariable String userId, @Nullable @Header(CREDENTIALS) String credentials, @PathVariable String meetingId) {
        return meetings.get(user(userId, credentials), MeetingId.parse(meetingId));
    }

    @Patch("/{meetingId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "updateMeeting", summary = "Change a meeting (only the fields sent)")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiSchemas.MeetingRequest.class)))
    public void update(@PathVariable String userId, @Nullable @Header(CREDENTIALS) String credentials, @PathVariable String meetingId,
                       @Nullable @Body Map<String, Object> body) {
        meetings.update(user(userId, credentials), MeetingId.parse(meetingId), MeetingJson.changes(body));
    }

    @Delete("/{meetingId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteMeeting", summary = "Delete a meeting")
    public void delete(@PathVariable String userId, @Nullable @Header(CREDENTIALS) String credentials, @PathVariable String meetingId) {
        meetings.delete(user(userId, credentials), MeetingId.parse(meetingId));
    }

    @Override
    public UserListing<Meeting> listing() {
        return LISTING;
    }

    /** A connected user's Zoom id, or (Server-to-Server) an id or email; {@code me} means nothing here. */
    static ZoomUserRef user(String userId) {
        if ("me".equals(userId)) {
            throw new IllegalArgumentException("userId must be a Zoom user id or an email address, not 'me'");
        }
        return new ZoomUserRef(userId);
    }

    /** {@value #CREDENTIALS}: absent or {@code auto}, or {@code account} to ask for the Server-to-Server token. */
    static ActingFor user(String userId, String credentials) {
        if (credentials == null || credentials.isBlank() || "auto".equalsIgnoreCase(credentials.strip())) {
            return ActingFor.auto(user(userId));
        }
        if ("account".equalsIgnoreCase(credentials.strip())) {
            return new ActingFor(user(userId), ActingFor.Credentials.ACCOUNT);
        }
        throw new IllegalArgumentException(CREDENTIALS + " must be 'auto' or 'account'");
    }
}
