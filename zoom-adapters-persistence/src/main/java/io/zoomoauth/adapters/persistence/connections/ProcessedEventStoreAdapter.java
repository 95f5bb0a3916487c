package io.zoomoauth.adapters.persistence.connections;

import io.zoomoauth.adapters.persistence.jdbc.SqlFailures;
import io.zoomoauth.adapters.persistence.jdbc.StorageBoundary;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimes;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.connections.ProcessedEventStore;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * {@link ProcessedEventStore} on {@code processed_webhook_event}: the primary key decides, so two instances
 * receiving the same retry at once still record it once.
 */
@Singleton
@StorageBoundary
class ProcessedEventStoreAdapter implements ProcessedEventStore {

    private static final int MAX_KEY_LENGTH = 512;
    private static final int MAX_TYPE_LENGTH = 100;

    private final ProcessedEventRepository events;

    ProcessedEventStoreAdapter(ProcessedEventRepository events) {
        this.events = events;
    }

    @Override
    public boolean recordIfNew(String eventKey, String eventType, Instant receivedAt) {
        Check.notBlank(eventKey, "eventKey");
        Check.maxLength(eventKey, MAX_KEY_LENGTH, "eventKey");
        Check.notBlank(eventType, "eventType");
        Check.maxLength(eventType, MAX_TYPE_LENGTH, "eventType");
        Check.notNull(receivedAt, "receivedAt");
        if (events.existsById(eventKey)) {
            return false;
        }
        try {
            events.save(new ProcessedEventRow(eventKey, eventType, UtcDateTimes.truncate(receivedAt)));
            return true;
        } catch (RuntimeException e) {
            if (SqlFailures.isDuplicateKey(e)) {
                return false; // a concurrent delivery of the same event won the insert
            }
            throw e;
        }
    }

    @Override
    public boolean isRecorded(String eventKey) {
        Check.notBlank(eventKey, "eventKey");
        return eventKey.length() <= MAX_KEY_LENGTH && events.existsById(eventKey);
    }

    @Override
    public int deleteReceivedBefore(Instant before) {
        Check.notNull(before, "before");
        return events.deleteReceivedBefore(UtcDateTimes.formatUpperBound(before));
    }
}
