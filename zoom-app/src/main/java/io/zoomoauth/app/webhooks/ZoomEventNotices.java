package io.zoomoauth.app.webhooks;

import io.zoomoauth.domain.connections.ZoomEventNotice;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which user a Zoom event concerns, as far as its payload says: the deauthorizing user, a meeting's host, a user event's user. */
final class ZoomEventNotices {

    private ZoomEventNotices() {
    }

    static ZoomEventNotice of(String type, Map<?, ?> payload, byte[] rawBody) {
        Map<?, ?> object = payload.get("object") instanceof Map<?, ?> map ? map : Map.of();
        List<String> candidates = new ArrayList<>();
        addText(candidates, payload.get("user_id"));
        addText(candidates, object.get("host_id"));
        if (type.startsWith("user.")) {
            addText(candidates, object.get("id"));
        }
        Optional<String> account = payload.get("account_id") instanceof String id ? Optional.of(id) : Optional.empty();
        return new ZoomEventNotice(new String(rawBody, StandardCharsets.UTF_8), type, account, candidates);
    }

    private static void addText(List<String> candidates, Object value) {
        if (value instanceof String text && !text.isBlank()) {
            candidates.add(text);
        }
    }
}
