package io.zoomoauth.app.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.profile.GetProfileUseCase;
import io.zoomoauth.domain.users.ZoomUser;

/** A connected user's Zoom profile ({@code users/me} with their own grant). */
@Controller("/api/users/{userId}/profile")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "apiKey")
@Tag(name = "users")
@ApiErrorResponses
public class ProfileController {

    private final GetProfileUseCase profiles;

    public ProfileController(GetProfileUseCase profiles) {
        this.profiles = profiles;
    }

    @Get
    @Operation(operationId = "getProfile", summary = "Zoom's users/me for this user's grant")
    public ZoomUser profile(@PathVariable String userId) {
        return profiles.profile(new ZoomUserId(userId));
    }
}
