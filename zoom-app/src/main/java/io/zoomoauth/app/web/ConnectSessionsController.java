package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.zoomoauth.app.config.ConnectSettings;
import io.zoomoauth.app.config.ServiceSettings;
import io.zoomoauth.domain.connect.ConnectSession;
import io.zoomoauth.domain.connect.ConnectSessionId;
import io.zoomoauth.domain.connect.CreateConnectSessionCommand;
import io.zoomoauth.domain.connect.CreatedConnectSession;
import io.zoomoauth.domain.connect.ManageConnectSessionsUseCase;
import io.zoomoauth.domain.grant.ConnectionTags;
import io.zoomoauth.domain.grant.ExternalUserId;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** The organisation's backend starts a connection for one of its users and follows it. */
@Controller("/api/connect-sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "apiKey")
@io.swagger.v3.oas.annotations.tags.Tag(name = "connect-sessions")
@ApiErrorResponses
public class ConnectSessionsController {

    private final ManageConnectSessionsUseCase sessions;
    private final ConnectSettings connect;
    private final ServiceSettings settings;
    private final Clock clock;

    public ConnectSessionsController(ManageConnectSessionsUseCase sessions, ConnectSettings connect,
                                     ServiceSettings settings, Clock clock) {
        this.sessions = sessions;
        this.connect = connect;
        this.settings = settings;
        this.clock = clock;
    }

    @Post
    @Operation(operationId = "createConnectSession", summary = "Start a connection for one of your users",
            description = "Answers a one-time connectUrl to send the user's browser to; it lives ZOOM_CONNECT_SESSION_TTL")
    @ApiResponse(responseCode = "201", description = "created",
            content = @Content(schema = @Schema(implementation = ConnectSessionJson.class)))
    @ApiResponse(responseCode = "400", description = "invalid externalUserId, returnTo or tags (the message names the field)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public HttpResponse<ConnectSessionJson> create(@Body CreateConnectSessionJson body) {
        if (body.externalUserId() == null) {
            throw new IllegalArgumentException("externalUserId is required");
        }
        Map<String, String> tags = body.tags() == null ? Map.of() : body.tags();
        CreatedConnectSession created = sessions.create(new CreateConnectSessionCommand(
                new ExternalUserId(body.externalUserId()), Optional.ofNullable(body.returnTo()), new ConnectionTags(tags)));
        return HttpResponse.status(HttpStatus.CREATED).body(ConnectSessionJson.of(created.session(),
                connect.connectUrl(settings.redirectUri(), created.token().value()), clock.instant()));
    }

    @Get("/{id}")
    @Operation(operationId = "getConnectSession", summary = "Where a connect session stands",
            description = "PENDING, COMPLETED (with zoomUserId), FAILED (with error), EXPIRED or CANCELLED")
    @ApiResponse(responseCode = "200", description = "the session",
            content = @Content(schema = @Schema(implementation = ConnectSessionJson.class)))
    @ApiResponse(responseCode = "404", description = "no such session (or purged after expiry)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public HttpResponse<?> get(@PathVariable String id) {
        return find(id).<HttpResponse<?>>map(s -> HttpResponse.ok(ConnectSessionJson.of(s, null, clock.instant())))
                .orElseGet(ConnectSessionsController::notFound);
    }

    @Delete("/{id}")
    @Operation(operationId = "cancelConnectSession", summary = "Cancel a pending connect session",
            description = "Its link then sends the browser back with error=session_cancelled")
    @ApiResponse(responseCode = "204", description = "cancelled")
    @ApiResponse(responseCode = "404", description = "no such session",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "the session is no longer pending",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public HttpResponse<?> cancel(@PathVariable String id) {
        if (!ConnectSessionId.isWellFormed(id)) {
            return notFound();
        }
        return switch (sessions.cancel(new ConnectSessionId(id))) {
            case CANCELLED -> HttpResponse.noContent();
            case NOT_FOUND -> notFound();
            case NOT_PENDING -> HttpResponse.status(HttpStatus.CONFLICT).body(ApiError.of("session_not_pending",
                    "The connect session has already completed, failed, expired or been cancelled"));
        };
    }

    private Optional<ConnectSession> find(@Nullable String id) {
        return ConnectSessionId.isWellFormed(id) ? sessions.get(new ConnectSessionId(id)) : Optional.empty();
    }

    private static HttpResponse<ApiError> notFound() {
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(ApiError.of("session_not_found", "No such connect session"));
    }
}
