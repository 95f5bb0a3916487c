package io.zoomoauth.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What tests may count: token calls by grant type, refresh-token reuse, revocations, API calls, all requests. */
final class FakeCounters {

    private final Map<String, AtomicInteger> tokenCalls = new ConcurrentHashMap<>();
    private final AtomicInteger refreshTokenReuse = new AtomicInteger();
    private final AtomicInteger revocations = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<ApiCall> apiCalls = new ArrayList<>();

    void tokenCall(String grantType) {
        tokenCalls.computeIfAbsent(grantType == null ? "" : grantType, key -> new AtomicInteger()).incrementAndGet();
    }

    int tokenCalls(String grantType) {
        AtomicInteger count = tokenCalls.get(grantType);
        return count == null ? 0 : count.get();
    }

    void refreshTokenReused() {
        refreshTokenReuse.incrementAndGet();
    }

    int refreshTokenReuse() {
        return refreshTokenReuse.get();
    }

    void revoked() {
        revocations.incrementAndGet();
    }

    int revocations() {
        return revocations.get();
    }

    void request() {
        requests.incrementAndGet();
    }

    int requests() {
        return requests.get();
    }

    synchronized void apiCall(ApiCall call) {
        apiCalls.add(call);
    }

    synchronized List<ApiCall> apiCalls() {
        return List.copyOf(apiCalls);
    }

    synchronized void reset() {
        tokenCalls.clear();
        refreshTokenReuse.set(0);
        revocations.set(0);
        requests.set(0);
        apiCalls.clear();
    }
}
