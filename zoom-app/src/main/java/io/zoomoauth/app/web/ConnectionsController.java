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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zoomoauth.domain.connections.DisconnectResult;
import io.zoomoauth.domain.connections.ManageConnectionsUseCase;
import io.zoomoauth.domain.error.NotConnected;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.util.List;
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

    private final ManageConnectionsUseCase connections;

    public ConnectionsController(ManageConnectionsUseCase connections) {
        this.connections = connections;
    }

    @Get
    @Operation(operationId = "listConnections", summary = "Connected users, ordered by user id", description = "Page with limit (1-500, default 100) and after (the last userId of the previous page)")
    public List<ConnectionJson> list(@Nullable @QueryValue String after, @Nullable @QueryValue Integer limit) {
        Optional<ZoomUserId> from = after == null || after.isBlank() ? Optional.empty() : Optional.of(new ZoomUserId(after));
        return connections.list(from, limit == null ? 100 : limit).stream().map(ConnectionJson::of).toList();
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
