package io.zoomoauth.adapters.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.persistence.support.Concurrently;
import io.zoomoauth.adapters.persistence.support.DatabaseTarget;
import io.zoomoauth.adapters.persistence.support.VaultContext;
import io.zoomoauth.adapters.persistence.support.VaultStoreContract;
import io.zoomoauth.domain.idempotency.IdempotencyKey;
import io.zoomoauth.domain.idempotency.IdempotencyRecord;
import io.zoomoauth.domain.idempotency.IdempotencyStore;
import io.zoomoauth.domain.idempotency.RecordedAnswer;
import io.zoomoauth.domain.idempotency.RequestFingerprint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} must do, run against each real database. */
abstract class IdempotencyStoreContract extends VaultStoreContract {

    static final Instant T0 = Instant.parse("2026-07-01T08:00:00.000123Z");
    static final Instant EXPIRES = T0.plus(Duration.ofHours(24));
    static final IdempotencyKey KEY = new IdempotencyKey("order-42");
    static final RequestFingerprint BODY = RequestFingerprint.of("POST meetings", "{\"topic\":\"x\"}".getBytes(StandardCharsets.UTF_8));

    private IdempotencyStore store;

    IdempotencyStoreContract(DatabaseTarget target) {
        super(target, "idempotency", T0, "idempotency_record");
    }

    @BeforeAll
    void openStore() {
        store = vault.context().getBean(IdempotencyStore.class);
    }

    private static RecordedAnswer answer(String body) {
        return new RecordedAnswer(201, Map.of("Content-Type", "application/json", "x-zm-trackingid", "v=2.0;rid=1"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aKeyIsClaimedOnceAndThenReadsAsInProgress() {
        assertThat(store.claim("userA", KEY, BODY, T0, EXPIRES)).isTrue();
        assertThat(store.claim("userA", KEY, BODY, T0.plusSeconds(1), EXPIRES)).isFalse();

        IdempotencyRecord record = store.find("userA", KEY, T0.plusSeconds(1)).orElseThrow();
        assertThat(record.inProgress()).isTrue();
        assertThat(record.fingerprint()).isEqualTo(BODY);
        assertThat(record.startedAt()).isEqualTo(T0);
    }

    @Test
    void theAnswerIsStoredEncryptedAndReadBackWhole() {
        store.claim("userA", KEY, BODY, T0, EXPIRES);
        RecordedAnswer answer = answer("{\"id\":92233720368547758,\"start_url\":\"https://zoom.us/s/1?zak=secret\"}");

        store.complete("userA", KEY, answer);

        assertThat(store.find("userA", KEY, T0).orElseThrow().answer()).contains(answer);
        byte[] stored = storedAnswer();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("zak=secret").doesNotContain("start_url");
    }

    /** The raw column, read with plain JDBC (H2 hands a MEDIUMBLOB out as a Blob, MariaDB as bytes). */
    private byte[] storedAnswer() {
        try (java.sql.Connection connection = database.connect();
             java.sql.ResultSet rows = connection.createStatement().executeQuery("SELECT answer_enc FROM idempotency_record")) {
            assertThat(rows.next()).isTrue();
            return rows.getBytes(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFinishedAnswerIsNeverOverwritten() {
        store.claim("userA", KEY, BODY, T0, EXPIRES);
        store.complete("userA", KEY, answer("first"));
        store.complete("userA", KEY, answer("second"));
        store.release("userA", KEY);

        assertThat(store.find("userA", KEY, T0).orElseThrow().answer()).contains(answer("first"));
    }

    @Test
    void keysBelongToTheirUserAndAreCaseSensitive() {
        assertThat(store.claim("userA", KEY, BODY, T0, EXPIRES)).isTrue();
        assertThat(store.claim("userB", KEY, BODY, T0, EXPIRES)).isTrue();
        assertThat(store.claim("userA", new IdempotencyKey("ORDER-42"), BODY, T0, EXPIRES)).isTrue();
        assertThat(store.claim("userA", new IdempotencyKey("k".repeat(255)), BODY, T0, EXPIRES)).isTrue();
    }

    @Test
    void aReleasedKeyCanBeClaimedAgain() {
        store.claim("userA", KEY, BODY, T0, EXPIRES);
        store.release("userA", KEY);

        assertThat(store.find("userA", KEY, T0)).isEmpty();
        assertThat(store.claim("userA", KEY, BODY, T0, EXPIRES)).isTrue();
    }

    @Test
    void anExpiredKeyIsGoneAndCanBeClaimedAgain() {
        store.claim("userA", KEY, BODY, T0, EXPIRES);
        store.complete("userA", KEY, answer("old"));

        assertThat(store.find("userA", KEY, EXPIRES)).isEmpty();
        assertThat(store.claim("userA", KEY, BODY, EXPIRES, EXPIRES.plus(Duration.ofHours(24)))).isTrue();
        assertThat(store.find("userA", KEY, EXPIRES).orElseThrow().inProgress()).isTrue();
    }

    @Test
    void deleteExpiredForgetsExpiredRecordsOnly() {
        store.claim("old", KEY, BODY, T0, EXPIRES);
        store.claim("recent", KEY, BODY, T0.plusSeconds(60), EXPIRES.plusSeconds(60));

        assertThat(store.deleteExpired(EXPIRES)).isEqualTo(1);

        assertThat(sql.count("SELECT COUNT(*) FROM idempotency_record")).isEqualTo(1);
    }

    @Test
    void ofConcurrentClaimsOnTwoInstancesExactlyOneWins() throws Exception {
        try (VaultContext other = VaultContext.start(database, key, clock)) {
            IdempotencyStore otherStore = other.context().getBean(IdempotencyStore.class);
            for (int round = 0; round < 5; round++) {
                IdempotencyKey racing = new IdempotencyKey("race-" + round);
                List<Callable<Boolean>> claims = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    IdempotencyStore instance = i % 2 == 0 ? store : otherStore;
                    claims.add(() -> instance.claim("userA", racing, BODY, T0, EXPIRES));
                }
                assertThat(Concurrently.run(claims)).containsOnlyOnce(true);
            }
        }
    }
}
