package io.zoomoauth.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read-only per-user lists ({@code webinars}, {@code recordings}, …): tests put items in with
 * {@link FakeZoom#addToUserList}, and a route in {@link FakeApi}'s table serves them with Zoom's paging.
 */
final class FakeUserLists {

    private final Map<String, List<Map<String, Object>>> items = new ConcurrentHashMap<>();

    void add(String list, String userId, Map<String, Object> item) {
        items.computeIfAbsent(list + "/" + userId, key -> new ArrayList<>());
        synchronized (this) {
            items.get(list + "/" + userId).add(FakeJson.copy(item));
        }
    }

    synchronized List<Map<String, Object>> of(String list, String userId) {
        return List.copyOf(items.getOrDefault(list + "/" + userId, List.of()));
    }
}
