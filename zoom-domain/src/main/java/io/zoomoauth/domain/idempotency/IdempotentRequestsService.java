package io.zoomoauth.domain.idempotency;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.Sleeper;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * At most once per user and key, across instances: the store's claim decides who runs; the others poll the record
 * until the answer is there (then replay it), the wait is over ("in progress") or the first request is abandoned.
 */
public final class IdempotentRequestsService implements IdempotentRequestsUseCase {

    private static final System.Logger LOG = System.getLogger(IdempotentRequestsService.class.getName());

    private final IdempotencyStore store;
    private final IdempotencySettings settings;
    private final Clock clock;
    private final Sleeper sleeper;

    public IdempotentRequestsService(IdempotencyStore store, IdempotencySettings settings, Clock clock, Sleeper sleeper) {
        this.store = Check.notNull(store, "store");
        this.settings = Check.notNull(settings, "settings");
        this.clock = Check.notNull(clock, "clock");
        this.sleeper = Check.notNull(sleeper, "sleeper");
    }

    @Override
    public Outcome run(String owner, IdempotencyKey key, RequestFingerprint fingerprint, Supplier<Attempt> work) {
        Check.notBlank(owner, "owner");
        Check.notNull(key, "key");
        Check.notNull(fingerprint, "fingerprint");
        Check.notNull(work, "work");
        // The wait is counted in polls, not read from the clock: it is real time spent here, whatever the clock says.
        long pollsLeft = settings.waitMax().toNanos() / settings.poll().toNanos();
        while (true) {
            Instant now = clock.instant();
            if (store.claim(owner, key, fingerprint, now, now.plus(settings.retention()))) {
                return new Outcome(runClaimed(owner, key, work), false);
            }
            Optional<IdempotencyRecord> found = store.find(owner, key, now);
            if (found.isEmpty()) {
                continue; // released or expired in between: claim again
            }
            IdempotencyRecord record = found.get();
            if (!record.fingerprint().equals(fingerprint)) {
                throw new IdempotencyConflict(IdempotencyConflict.Kind.DIFFERENT_REQUEST, "Idempotency-Key was already "
                        + "used with a different request; use a new key for a new request");
            }
            if (record.answer().isPresent()) {
                return new Outcome(record.answer().get(), true);
            }
            if (!now.isBefore(record.startedAt().plus(settings.abandonAfter()))) {
                throw new IdempotencyConflict(IdempotencyConflict.Kind.ABANDONED, "the first request with this "
                        + "Idempotency-Key never finished; whether Zoom carried it out is unknown: check, then use a new key");
            }
            if (pollsLeft-- <= 0) {
                throw new IdempotencyConflict(IdempotencyConflict.Kind.IN_PROGRESS, "a request with this "
                        + "Idempotency-Key is still in progress; retry later to get its answer");
            }
            pause();
        }
    }

    private RecordedAnswer runClaimed(String owner, IdempotencyKey key, Supplier<Attempt> work) {
        Attempt attempt;
        try {
            attempt = Check.notNull(work.get(), "attempt");
        } catch (RuntimeException | Error e) {
            store.release(owner, key);
            throw e;
        }
        if (attempt.keep()) {
            try {
                store.complete(owner, key, attempt.answer());
            } catch (RuntimeException e) {
                // Zoom has acted: the caller gets the answer all the same. The record stays "in progress" and is
                // reported as abandoned later, so a repeat is never run twice.
                LOG.log(System.Logger.Level.WARNING, "could not store the answer of an idempotent request ("
                        + e.getClass().getSimpleName() + ")");
            }
        } else {
            store.release(owner, key);
        }
        return attempt.answer();
    }

    private void pause() {
        try {
            sleeper.sleep(settings.poll());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdempotencyConflict(IdempotencyConflict.Kind.IN_PROGRESS, "interrupted while waiting for the "
                    + "first request with this Idempotency-Key");
        }
    }
}
