package io.zoomoauth.domain.connect;

import java.util.Optional;

/** In-port: the organisation's backend creates, reads and cancels connect sessions. */
public interface ManageConnectSessionsUseCase {

    enum CancelOutcome { CANCELLED, NOT_FOUND, NOT_PENDING }

    /** @throws IllegalArgumentException naming {@code returnTo} when it is outside the allow list */
    CreatedConnectSession create(CreateConnectSessionCommand command);

    Optional<ConnectSession> get(ConnectSessionId id);

    /** Cancels a pending (unexpired) session; a finished or expired one stays as it is. */
    CancelOutcome cancel(ConnectSessionId id);
}
