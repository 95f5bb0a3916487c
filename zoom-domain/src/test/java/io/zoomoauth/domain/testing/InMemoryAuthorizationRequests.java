package io.zoomoauth.domain.testing;

import io.zoomoauth.domain.authorization.AuthorizationRequest;
import io.zoomoauth.domain.authorization.AuthorizationRequestStore;
import io.zoomoauth.domain.oauth.AuthorizationState;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class InMemoryAuthorizationRequests implements AuthorizationRequestStore {

    public final Map<AuthorizationState, AuthorizationRequest> requests = new HashMap<>();
    private final Set<AuthorizationState> consumed = new HashSet<>();

    @Override
    public synchronized void save(AuthorizationRequest request) {
        requests.put(request.state(), request);
    }

    @Override
    public synchronized Optional<AuthorizationRequest> consume(AuthorizationState state, Instant now) {
        if (!requests.containsKey(state) || !consumed.add(state)) {
            return Optional.empty();
        }
        return Optional.of(requests.get(state));
    }

    @Override
    public synchronized long countPending(Instant createdAfter) {
        return requests.values().stream()
                .filter(r -> !consumed.contains(r.state()) && r.createdAt().isAfter(createdAfter)).count();
    }

    @Override
    public synchronized int deleteCreatedBefore(Instant createdBefore) {
        int before = requests.size();
        requests.values().removeIf(r -> r.createdAt().isBefore(createdBefore));
        return before - requests.size();
    }
}
