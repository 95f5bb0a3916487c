package io.zoomoauth.domain.idempotency;

import java.util.function.Supplier;

/**
 * In-port: runs a request at most once per user and {@code Idempotency-Key}; a repeat gets the first answer.
 */
public interface IdempotentRequestsUseCase {

    /** The work's outcome: its answer, and whether the key stays spent (false: nothing happened, a repeat may run). */
    record Attempt(RecordedAnswer answer, boolean keep) {
    }

    /** The answer to give, and whether it is a replay of an earlier request's answer. */
    record Outcome(RecordedAnswer answer, boolean replayed) {
    }

    /**
     * Runs {@code work} if the key is new; waits for a running first request; replays a finished one. Throws
     * {@link IdempotencyConflict} for another request under the same key, or when the first does not finish in time.
     * An exception from {@code work} gives the key up and is passed on.
     */
    Outcome run(String owner, IdempotencyKey key, RequestFingerprint fingerprint, Supplier<Attempt> work);
}
