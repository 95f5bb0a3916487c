package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zoomoauth.domain.events.AuditEventsUseCase;
import io.zoomoauth.domain.events.EventQuery;
import io.zoomoauth.domain.events.EventStatus;
import io.zoomoauth.domain.events.EventType;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit trail of events to the organisation's backend, and redelivery. */
@Controller("/api/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "apiKey")
@Tag(name = "events")
@ApiErrorResponses
public class EventsController {

    private static final Logger LOG = LoggerFactory.getLogger(EventsController.class);
    private static final int DEFAULT_PAGE_SIZE = 50;

    private final AuditEventsUseCase events;

    public EventsController(AuditEventsUseCase events) {
        this.events = events;
    }

    @Get
    @Operation(operationId = "listEvents", summary = "Events, newest first", description = "Filters: zoomUserId, externalUserId, type, status "
            + "(PENDING, DELIVERED, FAILED); page with page_size (1-300, default 50) and next_page_token")
    @ApiResponse(responseCode = "200", description = "one page",
            content = @Content(schema = @Schema(implementation = EventJson.Page.class)))
    public EventJson.Page list(@Nullable @QueryValue String zoomUserId, @Nullable @QueryValue String externalUserId,
                               @Nullable @QueryValue String type, @Nullable @QueryValue String status,
                               @Nullable @QueryValue("page_size") Integer pageSize,
                               @Nullable @QueryValue("next_page_token") String nextPageToken) {
        EventQuery query = new EventQuery(present(zoomUserId), present(externalUserId), present(type).map(EventsController::type),
                present(status).map(EventsController::status), pageSize == null ? DEFAULT_PAGE_SIZE : pageSize,
                EventJson.Page.position(nextPageToken));
        return EventJson.Page.of(events.list(query));
    }

    @Post("/{id}/redeliver")
    @Operation(operationId = "redeliverEvent", summary = "Queue one event for delivery again (any status); it keeps its id")
    @ApiResponse(responseCode = "202", description = "queued again",
            content = @Content(schema = @Schema(implementation = EventJson.class)))
    @ApiResponse(responseCode = "404", description = "no event with this id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public HttpResponse<?> redeliver(@PathVariable String id) {
        return events.redeliver(id).<HttpResponse<?>>map(event -> {
            LOG.info("Event {} queued for redelivery", event.id());
            return HttpResponse.accepted().body(EventJson.of(event));
        }).orElseGet(() -> HttpResponse.status(HttpStatus.NOT_FOUND).body(ApiError.of("not_found", "No event with this id")));
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static EventType type(String wireName) {
        return EventType.ofWireName(wireName).orElseThrow(() -> new IllegalArgumentException("type must be one of "
                + Arrays.stream(EventType.values()).map(EventType::wireName).toList()));
    }

    private static EventStatus status(String name) {
        return Arrays.stream(EventStatus.values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status must be PENDING, DELIVERED or FAILED"));
    }
}
