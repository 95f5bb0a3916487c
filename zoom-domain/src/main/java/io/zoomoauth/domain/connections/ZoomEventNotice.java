package io.zoomoauth.domain.connections;

import io.zoomoauth.domain.common.Check;
import java.util.List;
import java.util.Optional;

/**
 * A verified Zoom webhook event to forward.
 *
 * @param rawJson        Zoom's body exactly as received (it becomes the event's {@code data}, so int64 ids stay intact)
 * @param accountId      Zoom's {@code payload.account_id}
 * @param userCandidates ids of the users the event may concern, most specific first (e.g. the meeting's host)
 */
public record ZoomEventNotice(String rawJson, String event, Optional<String> accountId, List<String> userCandidates) {

    public ZoomEventNotice {
        Check.notBlank(rawJson, "rawJson");
        Check.notBlank(event, "event");
        Check.maxLength(event, 100, "event");
        Check.notNull(accountId, "accountId");
        accountId = accountId.filter(a -> !a.isBlank() && a.length() <= 64);
        userCandidates = List.copyOf(userCandidates);
    }
}
