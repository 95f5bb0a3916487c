package io.zoomoauth.domain.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.idempotency.IdempotentRequestsUseCase.Attempt;
import io.zoomoauth.domain.idempotency.IdempotentRequestsUseCase.Outcome;
import io.zoomoauth.domain.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotentRequestsServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final IdempotencyKey KEY = new IdempotencyKey("k-1");
    private static final RequestFingerprint BODY = RequestFingerprint.of("POST meetings", bytes("{}"));
    private static final RecordedAnswer CREATED = new RecordedAnswer(201, Map.of(), bytes("{\"id\":1}"));

    private final MutableClock clock = new MutableClock(T0);
    private final MemoryStore store = new MemoryStore();
    private final AtomicInteger polls = new AtomicInteger();
    private final IdempotentRequestsService service = new IdempotentRequestsService(store,
            new IdempotencySettings(Duration.ofHours(24), Duration.ofMillis(500), Duration.ofMillis(100), Duration.ofMinutes(5)),
            clock, duration -> polls.incrementAndGet());

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstRequestRunsAndARepeatIsReplayed() {
        AtomicInteger runs = new AtomicInteger();
        Outcome first = service.run("u", KEY, BODY, () -> { runs.incrementAndGet(); return new Attempt(CREATED, true); });
        Outcome again = service.run("u", KEY, BODY, () -> { runs.incrementAndGet(); return new Attempt(CREATED, true); });

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.answer()).isEqualTo(CREATED);
        assertThat(runs).hasValue(1);
        assertThat(store.expiresAt).isEqualTo(T0.plus(Duration.ofHours(24)));
    }

    @Test
    void anotherRequestUnderTheSameKeyIsAConflict() {
        service.run("u", KEY, BODY, () -> new Attempt(CREATED, true));
        RequestFingerprint other = RequestFingerprint.of("POST meetings", bytes("{\"topic\":\"x\"}"));

        assertThatThrownBy(() -> service.run("u", KEY, other, () -> new Attempt(CREATED, true)))
                .isInstanceOf(IdempotencyConflict.class)
                .satisfies(e -> assertThat(((IdempotencyConflict) e).kind()).isEqualTo(IdempotencyConflict.Kind.DIFFERENT_REQUEST));
    }

    @Test
    void anAttemptThatChangedNothingGivesTheKeyUp() {
        service.run("u", KEY, BODY, () -> new Attempt(new RecordedAnswer(429, Map.of(), new byte[0]), false));
        Outcome second = service.run("u", KEY, BODY, () -> new Attempt(CREATED, true));
        assertThat(second.replayed()).isFalse();
        assertThat(second.answer()).isEqualTo(CREATED);
    }

    @Test
    void aFailingAttemptGivesTheKeyUpAndPassesTheFailureOn() {
        assertThatThrownBy(() -> service.run("u", KEY, BODY, () -> { throw new IllegalArgumentException("topic"); }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.records).isEmpty();
    }

    @Test
    void aDuplicateWaitsForTheFirstAndGivesUpAsInProgress() {
        store.claim("u", KEY, BODY, T0, T0.plusSeconds(60));

        assertThatThrownBy(() -> service.run("u", KEY, BODY, () -> new Attempt(CREATED, true)))
                .isInstanceOf(IdempotencyConflict.class)
                .satisfies(e -> assertThat(((IdempotencyConflict) e).kind()).isEqualTo(IdempotencyConflict.Kind.IN_PROGRESS));
        assertThat(polls).as("500 ms in 100 ms polls").hasValue(5);
    }

    @Test
    void aDuplicateGetsTheAnswerOnceTheFirstFinishes() {
        store.claim("u", KEY, BODY, T0, T0.plusSeconds(60));
        store.finishAfterPolls = 2;
        Outcome outcome = service.run("u", KEY, BODY, () -> new Attempt(neverRun(), true));
        assertThat(outcome.replayed()).isTrue();
        assertThat(outcome.answer()).isEqualTo(CREATED);
    }

    @Test
    void aFirstRequestThatNeverFinishedIsReportedAsAbandoned() {
        store.claim("u", KEY, BODY, T0, T0.plus(Duration.ofHours(24)));
        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> service.run("u", KEY, BODY, () -> new Attempt(CREATED, true)))
                .satisfies(e -> assertThat(((IdempotencyConflict) e).kind()).isEqualTo(IdempotencyConflict.Kind.ABANDONED));
    }

    @Test
    void keysAreVisibleAsciiOfAtMost255Characters() {
        assertThat(new IdempotencyKey("a b").value()).isEqualTo("a b");
        assertThat(new IdempotencyKey("k".repeat(255)).value()).hasSize(255);
        for (String bad : new String[] {"", " ", " a", "a ", "k".repeat(256), "ä", "a\tb"}) {
            assertThatThrownBy(() -> new IdempotencyKey(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Idempotency-Key");
        }
    }

    private RecordedAnswer neverRun() {
        throw new AssertionError("the duplicate must not run");
    }

    /** A store in memory; {@code finishAfterPolls} completes the claimed record as a first request would. */
    private final class MemoryStore implements IdempotencyStore {
        final Map<String, IdempotencyRecord> records = new HashMap<>();
        Instant expiresAt;
        int finishAfterPolls = -1;

        @Override
        public boolean claim(String owner, IdempotencyKey key, RequestFingerprint fingerprint, Instant now, Instant expires) {
            expiresAt = expires;
            return records.putIfAbsent(owner + key.value(), new IdempotencyRecord(fingerprint, now, expires, Optional.empty())) == null;
        }

        @Override
        public Optional<IdempotencyRecord> find(String owner, IdempotencyKey key, Instant now) {
            if (finishAfterPolls >= 0 && polls.get() >= finishAfterPolls) {
                complete(owner, key, CREATED);
            }
            return Optional.ofNullable(records.get(owner + key.value()));
        }

        @Override
        public void complete(String owner, IdempotencyKey key, RecordedAnswer answer) {
            records.computeIfPresent(owner + key.value(), (k, r) -> new IdempotencyRecord(r.fingerprint(), r.startedAt(),
                    r.expiresAt(), Optional.of(answer)));
        }

        @Override
        public void release(String owner, IdempotencyKey key) {
            records.remove(owner + key.value());
        }

        @Override
        public int deleteExpired(Instant now) {
            return 0;
        }
    }
}
