package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zoomoauth.domain.listings.ListUserItemsUseCase;
import io.zoomoauth.domain.listings.PageQuery;
import io.zoomoauth.domain.webinars.Webinar;

/** A user's Zoom webinars, with the user's own grant or, for users without one, the Server-to-Server app. */
@Controller("/api/users/{userId}/webinars")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "apiKey")
@Tag(name = "webinars")
@ApiErrorResponses
@SerdeImport(value = Webinar.class, mixin = WebJson.ZoomNames.class)
public class WebinarsController {

    private final ListUserItemsUseCase listings;

    public WebinarsController(ListUserItemsUseCase listings) {
        this.listings = listings;
    }

    @Get
    @Operation(operationId = "listWebinars",
            summary = "List webinars (Zoom: GET /users/{userId}/webinars; page_size and next_page_token pass through)")
    public PageJson<Webinar> list(@PathVariable String userId, @Nullable @QueryValue("page_size") Integer pageSize,
                                  @Nullable @QueryValue("next_page_token") String nextPageToken) {
        return PageJson.of("webinars", listings.list(Webinar.LISTING, MeetingsController.user(userId),
                PageQuery.of(pageSize, nextPageToken)));
    }
}
