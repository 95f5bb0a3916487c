package io.zoomoauth.domain.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * Out-port: keys and their answers, shared by every instance. The row of a key is the lock: exactly one of
 * concurrent {@link #claim} calls for the same user and key wins, on any instance.
 */
public interface IdempotencyStore {

    /**
     * Records that a request with this key starts now; false when the key is already taken (in progress or done,
     * and not expired at {@code now}). An expired record of the key is replaced.
     */
    boolean claim(String owner, IdempotencyKey key, RequestFingerprint fingerprint, Instant now, Instant expiresAt);

    /** The record of the key, unless there is none or it expired before {@code now}. */
    Optional<IdempotencyRecord> find(String owner, IdempotencyKey key, Instant now);

    /** Stores the answer of the claimed request (encrypted at rest). */
    void complete(String owner, IdempotencyKey key, RecordedAnswer answer);

    /** Gives the key up again (the request had no effect at Zoom), so a repeat runs afresh. */
    void release(String owner, IdempotencyKey key);

    /** Forgets records that expired before {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
