package io.zoomoauth.adapters.http.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.zoomoauth.adapters.http.support.RetriedGet;
import io.zoomoauth.adapters.http.support.ZoomApiClient;

/** Zoom's meetings API, declaratively. Only the GETs are retried: a repeated create would duplicate the meeting. */
@ZoomApiClient
interface ZoomMeetingsClient {

    @Post("/users/{userId}/meetings")
    HttpResponse<MeetingJson> create(@Header(HttpHeaders.AUTHORIZATION) String bearer, String userId,
                                     @Body MeetingJson meeting);

    @Get("/users/{userId}/meetings")
    @RetriedGet
    HttpResponse<MeetingJson.Page> list(@Header(HttpHeaders.AUTHORIZATION) String bearer, String userId,
                                        @Nullable @QueryValue String type,
                                        @Nullable @QueryValue("page_size") Integer pageSize,
                                        @Nullable @QueryValue("next_page_token") String nextPageToken);

    @Get("/meetings/{meetingId}")
    @RetriedGet
    HttpResponse<MeetingJson> get(@Header(HttpHeaders.AUTHORIZATION) String bearer, long meetingId);

    @Patch("/meetings/{meetingId}")
    HttpResponse<?> update(@Header(HttpHeaders.AUTHORIZATION) String bearer, long meetingId, @Body MeetingJson changes);

    @Delete("/meetings/{meetingId}")
    HttpResponse<?> delete(@Header(HttpHeaders.AUTHORIZATION) String bearer, long meetingId);
}
