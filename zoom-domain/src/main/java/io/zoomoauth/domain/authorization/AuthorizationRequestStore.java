package io.zoomoauth.domain.authorization;

import io.zoomoauth.domain.oauth.AuthorizationState;
import java.time.Instant;
import java.util.Optional;

/** Out-port: pending authorization requests, shared by every instance (the callback may reach another one). */
public interface AuthorizationRequestStore {

    void save(AuthorizationRequest request);

    /**
     * Marks the request consumed, atomically: of any number of concurrent callers with the same state, at
     * most one gets the request. Unknown or already consumed states give empty. Expiry is the caller's rule.
     */
    Optional<AuthorizationRequest> consume(AuthorizationState state, Instant now);

    /** Requests created after {@code createdAfter} and not consumed yet. */
    long countPending(Instant createdAfter);

    /** Housekeeping: removes requests created before {@code createdBefore}; returns how many. */
    int deleteCreatedBefore(Instant createdBefore);
}
