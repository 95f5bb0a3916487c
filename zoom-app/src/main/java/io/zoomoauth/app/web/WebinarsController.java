package io.zoomoauth.app.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zoomoauth.domain.listings.ListUserItemsUseCase;
import io.zoomoauth.domain.webinars.Webinar;

/** A user's Zoom webinars, with the user's own grant or, for users without one, the Server-to-Server app. */
@Controller("/api/users/{userId}/webinars")
@ApiRoutes
@Tag(name = "webinars")
public class WebinarsController extends UserListController<Webinar> {

    WebinarsController(ListUserItemsUseCase listings) {
        super(Webinar.LISTING, listings);
    }

    @Get
    @Operation(operationId = "listWebinars", summary = "List webinars (Zoom: GET /users/{userId}/webinars)")
    public PageJson<Webinar> list(@RequestBean Request request) {
        return page(request);
    }
}
