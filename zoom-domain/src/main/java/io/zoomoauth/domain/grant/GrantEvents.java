package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.events.EventIds;
import io.zoomoauth.domain.events.EventSubject;
import io.zoomoauth.domain.events.EventType;
import io.zoomoauth.domain.events.JsonText;
import io.zoomoauth.domain.events.OutboxEvent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The events that report changes of a grant. The store writes each in the transaction of its change; none
 * carries a token.
 */
public final class GrantEvents {

    public static final String DISCONNECTED = "disconnected";
    public static final String DEAUTHORIZED = "deauthorized";

    private final Clock clock;
    private final EventIds ids;

    public GrantEvents(Clock clock, RandomSource random) {
        this.clock = Check.notNull(clock, "clock");
        this.ids = new EventIds(random);
    }

    /** Whom the grant's events concern, in the organisation's terms. */
    public static EventSubject subjectOf(Grant grant) {
        Check.notNull(grant, "grant");
        return subjectOf(grant.link());
    }

    /** Whom events about a connection with this link concern (also when its tokens cannot be read). */
    public static EventSubject subjectOf(ConnectionLink link) {
        Check.notNull(link, "link");
        return new EventSubject(link.externalUserId().map(ExternalUserId::value), link.tags().values());
    }

    /**
     * {@code connection.created}, or {@code connection.reconnected} when the store replaced an earlier grant;
     * {@code connectSessionId} when the flow came from a connect session.
     */
    public OutboxEvent connected(Grant stored, boolean replacedEarlier, Optional<String> connectSessionId) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("scopes", JsonText.strings(stored.tokens().scopes().values().stream().toList()));
        data.put("connectSessionId", connectSessionId.map(JsonText::string).orElse("null"));
        return event(replacedEarlier ? EventType.CONNECTION_RECONNECTED : EventType.CONNECTION_CREATED, stored, data);
    }

    public OutboxEvent reauthorizationRequired(Grant grant, String reason) {
        return event(EventType.CONNECTION_REAUTHORIZATION_REQUIRED, grant, Map.of("reason", JsonText.string(reason)));
    }

    /** {@code connection.deleted} with {@code cause} {@link #DISCONNECTED} or {@link #DEAUTHORIZED}. */
    public OutboxEvent deleted(ZoomUserId userId, Optional<String> accountId, EventSubject subject, String cause) {
        if (!DISCONNECTED.equals(cause) && !DEAUTHORIZED.equals(cause)) {
            throw new IllegalArgumentException("cause must be disconnected or deauthorized");
        }
        return new OutboxEvent(ids.next(), EventType.CONNECTION_DELETED, clock.instant(), Optional.of(userId.value()),
                accountId, Optional.of(subject), JsonText.object(Map.of("cause", JsonText.string(cause))));
    }

    public OutboxEvent deleted(Grant grant, String cause) {
        return deleted(grant.userId(), Optional.of(grant.owner().accountId().value()), subjectOf(grant), cause);
    }

    private OutboxEvent event(EventType type, Grant grant, Map<String, String> data) {
        return new OutboxEvent(ids.next(), type, clock.instant(), Optional.of(grant.userId().value()),
                Optional.of(grant.owner().accountId().value()), Optional.of(subjectOf(grant)), JsonText.object(data));
    }
}
