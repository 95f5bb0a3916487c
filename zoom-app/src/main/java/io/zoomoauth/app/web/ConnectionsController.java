package io.zoomoauth.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.zoomoauth.domain.connections.ConnectionPage;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zoomoauth.domain.connections.DisconnectResult;
import io.zoomoauth.domain.connections.ManageConnectionsUseCase;
import io.zoomoauth.domain.error.NotConnected;
import io.zoomoauth.domain.grant.ConnectionFilter;
import io.zoomoauth.domain.grant.ExternalUserId;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connected Zoom users: list, show, disconnect. */
@Controller("/api/connections")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "apiKey")
@Tag(name = "connections")
@ApiErrorResponses
public class ConnectionsController {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsController.class);

    private static final int DEFAULT_PAGE_SIZE = 100;

    private final ManageConnectionsUseCase connections;

    public ConnectionsController(ManageConnectionsUseCase connections) {
        this.connections = connections;
    }

    @Get
    @Operation(operationId = "listConnections", summary = "Connections, ordered by user id, a page at a time",
            description = "Filter by externalUserId and/or status; page_size 1-300 (default 100); pass the answer's "
                    + "next_page_token to get the next page (empty on the last page)")
    @ApiResponse(responseCode = "200", description = "one page",
            content = @Content(schema = @Schema(implementation = ConnectionListJson.class)))
    @ApiResponse(responseCode = "400", description = "invalid filter, page_size or next_page_token",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ConnectionListJson list(@Nullable @QueryValue String externalUserId,
                                   @Nullable @QueryValue @Schema(allowableValues = {"ACTIVE", "REAUTHORIZATION_REQUIRED"})
                                   String status,
                                   @Nullable @QueryValue("page_size") Integer pageSize,
                                   @Nullable @QueryValue("next_page_token") String nextPageToken) {
        ConnectionFilter filter = new ConnectionFilter(
                Optional.ofNullable(externalUserId).map(ExternalUserId::new), Optional.ofNullable(status).map(ConnectionsController::status));
        ConnectionPage page = connections.page(filter, PageTokens.decode(nextPageToken),
                pageSize == null ? DEFAULT_PAGE_SIZE : pageSize);
        return new ConnectionListJson(page.connections().stream().map(ConnectionJson::of).toList(),
                PageTokens.encode(page.nextAfter()));
    }

    private static GrantStatus status(String value) {
        try {
            return GrantStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be ACTIVE or REAUTHORIZATION_REQUIRED");
        }
    }

    @Get("/{userId}")
    @Operation(operationId = "getConnection", summary = "One connection (never its tokens)")
    public ConnectionJson get(@PathVariable String userId) {
        ZoomUserId id = new ZoomUserId(userId);
        return connections.get(id).map(ConnectionJson::of).orElseThrow(() -> new NotConnected(userId));
    }

    @Delete("/{userId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "disconnect", summary = "Disconnect: revoke at Zoom (best effort) and delete everything stored for the user")
    public void disconnect(@PathVariable String userId) {
        ZoomUserId id = new ZoomUserId(userId);
        DisconnectResult result = connections.disconnect(id);
        if (result.revokedAtZoom()) {
            LOG.info("Disconnected Zoom user {} (revoked at Zoom)", id);
        } else {
            LOG.warn("Disconnected Zoom user {}; Zoom's revoke did not happen: {}", id,
                    result.revokeFailure().orElse("unknown"));
        }
    }
}
