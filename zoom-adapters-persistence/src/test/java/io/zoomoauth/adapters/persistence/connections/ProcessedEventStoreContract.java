package io.zoomoauth.adapters.persistence.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.persistence.support.Concurrently;
import io.zoomoauth.adapters.persistence.support.DatabaseTarget;
import io.zoomoauth.adapters.persistence.support.Keys;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.adapters.persistence.support.RawSql;
import io.zoomoauth.adapters.persistence.support.VaultContext;
import io.zoomoauth.adapters.persistence.support.VaultStoreContract;
import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.domain.connections.ProcessedEventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link ProcessedEventStore} must do, run against each real database. */
abstract class ProcessedEventStoreContract extends VaultStoreContract {

    static final Instant T0 = Instant.parse("2026-07-01T08:00:00.000123Z");
    static final String DEAUTHORIZED = "app_deauthorized";

    private ProcessedEventStore store;

    ProcessedEventStoreContract(DatabaseTarget target) {
        super(target, "events", T0, "processed_webhook_event");
    }

    @BeforeAll
    void openStore() {
        store = vault.processedEvents();
    }

    @Test
    void anEventIsNewOnlyTheFirstTime() {
        assertThat(store.recordIfNew("app_deauthorized:u1:1751356800000", DEAUTHORIZED, T0)).isTrue();
        assertThat(store.recordIfNew("app_deauthorized:u1:1751356800000", DEAUTHORIZED, T0.plusSeconds(300))).isFalse();
        assertThat(store.recordIfNew("app_deauthorized:u1:1751356800001", DEAUTHORIZED, T0)).isTrue();

        assertThat(sql.count("SELECT COUNT(*) FROM processed_webhook_event")).isEqualTo(2);
        assertThat(sql.dateTimeText("processed_webhook_event", "received_at", "event_key", "app_deauthorized:u1:1751356800000"))
                .isEqualTo("2026-07-01 08:00:00.000123");
    }

    @Test
    void eventKeysAreCaseSensitive() {
        assertThat(store.recordIfNew("app_deauthorized:abc:1", DEAUTHORIZED, T0)).isTrue();
        assertThat(store.recordIfNew("app_deauthorized:ABC:1", DEAUTHORIZED, T0)).isTrue();
    }

    @Test
    void ofConcurrentDeliveriesToTwoInstancesExactlyOneIsNew() throws Exception {
        try (VaultContext other = VaultContext.start(database, key, clock)) {
            for (int round = 0; round < 5; round++) {
                String eventKey = "app_deauthorized:racer:" + round;
                List<Callable<Boolean>> deliveries = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    ProcessedEventStore instance = i % 2 == 0 ? store : other.processedEvents();
                    deliveries.add(() -> instance.recordIfNew(eventKey, DEAUTHORIZED, T0));
                }

                assertThat(Concurrently.run(deliveries)).containsOnlyOnce(true);
            }
        }
    }

    @Test
    void rejectsKeysItCannotStoreWhole() {
        assertThatThrownBy(() -> store.recordIfNew("k".repeat(513), DEAUTHORIZED, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eventKey");
        assertThatThrownBy(() -> store.recordIfNew(" ", DEAUTHORIZED, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.recordIfNew("k".repeat(512), DEAUTHORIZED, T0)).isTrue();
    }

    @Test
    void anEventIsRecordedOnceRecordedAndUntilForgotten() {
        assertThat(store.isRecorded("app_deauthorized:u2:1")).isFalse();
        store.recordIfNew("app_deauthorized:u2:1", DEAUTHORIZED, T0);
        assertThat(store.isRecorded("app_deauthorized:u2:1")).isTrue();
        assertThat(store.isRecorded("app_deauthorized:U2:1")).isFalse();
        assertThat(store.isRecorded("k".repeat(600))).as("longer than any stored key").isFalse();

        store.deleteReceivedBefore(T0.plusSeconds(1));
        assertThat(store.isRecorded("app_deauthorized:u2:1")).isFalse();
    }

    @Test
    void deleteReceivedBeforeForgetsOldEventsOnly() {
        store.recordIfNew("old-1", DEAUTHORIZED, T0.minus(Duration.ofDays(8)));
        store.recordIfNew("old-2", DEAUTHORIZED, T0.minus(Duration.ofDays(7)).minusNanos(1000));
        store.recordIfNew("recent", DEAUTHORIZED, T0.minus(Duration.ofDays(7)));

        assertThat(store.deleteReceivedBefore(T0.minus(Duration.ofDays(7)))).isEqualTo(2);

        assertThat(store.recordIfNew("recent", DEAUTHORIZED, T0)).isFalse();
        assertThat(store.recordIfNew("old-1", DEAUTHORIZED, T0)).as("forgotten, so new again").isTrue();
    }
}
