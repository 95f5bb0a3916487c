package io.zoomoauth.adapters.persistence.events;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.zoomoauth.adapters.persistence.jdbc.SqlFailures;
import io.zoomoauth.adapters.persistence.jdbc.StorageBoundary;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimes;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.events.ClaimedEvent;
import io.zoomoauth.domain.events.EventOutbox;
import io.zoomoauth.domain.events.EventPage;
import io.zoomoauth.domain.events.EventQuery;
import io.zoomoauth.domain.events.EventRecord;
import io.zoomoauth.domain.events.EventStats;
import io.zoomoauth.domain.events.EventStatus;
import io.zoomoauth.domain.events.EventType;
import io.zoomoauth.domain.events.OutboxEvent;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link EventOutbox} on {@code event_outbox}. */
@Singleton
@StorageBoundary
class EventOutboxAdapter implements EventOutbox {

    private static final int MAX_ERROR = 300;
    private static final int CANDIDATES_PER_CLAIM = 4;

    private final EventRepository events;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    EventOutboxAdapter(EventRepository events, JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public boolean record(OutboxEvent event) {
        Check.notNull(event, "event");
        if (events.findByEventId(event.id()).isPresent()) {
            return false;
        }
        try {
            events.save(OutboxRecorder.newRow(event));
            return true;
        } catch (RuntimeException e) {
            if (SqlFailures.isDuplicateKey(e)) {
                return false; // another instance stored the same (retried) event at the same moment
            }
            throw e;
        }
    }

    @Override
    public List<ClaimedEvent> claimDue(String owner, Instant now, Duration ttl, int limit) {
        Check.notBlank(owner, "owner");
        String at = UtcDateTimes.format(now);
        String expires = UtcDateTimes.format(now.plus(ttl));
        List<ClaimedEvent> claimed = new ArrayList<>();
        // Other instances race for the same first candidates: read more than needed and claim until enough.
        for (Long seq : events.findClaimable(at, limit * CANDIDATES_PER_CLAIM)) {
            if (claimed.size() == limit) {
                break;
            }
            if (events.claim(seq, owner, expires, at) == 1) {
                events.findById(seq).ifPresent(row -> claimed.add(new ClaimedEvent(row.seq(), row.id(),
                        type(row), row.body(), row.attempts(), row.createdAt(), row.queuedAt(), owner)));
            }
        }
        return claimed;
    }

    @Override
    public boolean markDelivered(ClaimedEvent event, Instant at) {
        return events.markDelivered(event.position(), event.owner(), UtcDateTimes.format(at)) == 1;
    }

    @Override
    public boolean markRetry(ClaimedEvent event, Instant at, Instant nextAttemptAt, String error) {
        return events.markRetry(event.position(), event.owner(), bounded(error), UtcDateTimes.format(nextAttemptAt)) == 1;
    }

    @Override
    public boolean markFailed(ClaimedEvent event, Instant at, String error) {
        return events.markFailed(event.position(), event.owner(), bounded(error)) == 1;
    }

    @Override
    public EventPage list(EventQuery query) {
        Check.notNull(query, "query");
        StringBuilder sql = new StringBuilder("SELECT * FROM event_outbox WHERE 1 = 1");
        List<String> values = new ArrayList<>();
        query.zoomUserId().ifPresent(v -> condition(sql, values, "zoom_user_id", v));
        query.externalUserId().ifPresent(v -> condition(sql, values, "external_user_id", v));
        query.type().ifPresent(v -> condition(sql, values, "event_type", v.wireName()));
        query.status().ifPresent(v -> condition(sql, values, "status", v.name()));
        query.beforePosition().ifPresent(before -> sql.append(" AND seq < ").append(before.longValue()));
        // One more than asked: whether there is a next page.
        sql.append(" ORDER BY seq DESC LIMIT ").append(query.pageSize() + 1);
        List<EventRow> rows = transactions.executeRead(status -> jdbc.prepareStatement(sql.toString(), statement -> {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            try (ResultSet resultSet = statement.executeQuery()) {
                return jdbc.entityStream(resultSet, EventRow.class).toList();
            }
        }));
        boolean more = rows.size() > query.pageSize();
        List<EventRow> page = more ? rows.subList(0, query.pageSize()) : rows;
        return new EventPage(page.stream().map(EventOutboxAdapter::toRecord).toList(),
                more ? Optional.of(page.get(page.size() - 1).seq()) : Optional.empty());
    }

    private static void condition(StringBuilder sql, List<String> values, String column, String value) {
        sql.append(" AND ").append(column).append(" = ?");
        values.add(value);
    }

    @Override
    public Optional<EventRecord> find(String id) {
        return events.findByEventId(Check.notBlank(id, "id")).map(EventOutboxAdapter::toRecord);
    }

    @Override
    public boolean requeue(String id, Instant now) {
        return events.requeue(Check.notBlank(id, "id"), UtcDateTimes.format(now)) == 1;
    }

    @Override
    public int purgeFinishedBefore(Instant before) {
        return events.purgeFinishedBefore(UtcDateTimes.formatUpperBound(before));
    }

    @Override
    public EventStats stats() {
        return new EventStats(events.countWithStatus(EventStatus.PENDING.name()),
                events.countWithStatus(EventStatus.DELIVERED.name()), events.countWithStatus(EventStatus.FAILED.name()),
                events.oldestPendingCreatedAt().map(UtcDateTimes::parse));
    }

    private static EventRecord toRecord(EventRow row) {
        EventStatus status = EventStatus.valueOf(row.status());
        return new EventRecord(row.seq(), row.id(), type(row), status, row.attempts(),
                Optional.ofNullable(row.lastError()), row.createdAt(),
                status == EventStatus.PENDING ? Optional.of(row.nextAttemptAt()) : Optional.empty(),
                Optional.ofNullable(row.deliveredAt()), Optional.ofNullable(row.zoomUserId()),
                Optional.ofNullable(row.externalUserId()));
    }

    private static EventType type(EventRow row) {
        return EventType.ofWireName(row.eventType())
                .orElseThrow(() -> new IllegalStateException("event_outbox holds an unknown type: " + row.eventType()));
    }

    private static String bounded(String error) {
        String text = error == null || error.isBlank() ? "unknown" : error;
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
