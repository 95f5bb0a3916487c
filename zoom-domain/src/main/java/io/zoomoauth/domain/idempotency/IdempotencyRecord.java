package io.zoomoauth.domain.idempotency;

import io.zoomoauth.domain.common.Check;
import java.time.Instant;
import java.util.Optional;

/**
 * What the store knows about one key of one user: the fingerprint of the first request, when it started, and its
 * answer once it finished (empty while the first request is still running).
 */
public record IdempotencyRecord(RequestFingerprint fingerprint, Instant startedAt, Instant expiresAt,
                                Optional<RecordedAnswer> answer) {

    public IdempotencyRecord {
        Check.notNull(fingerprint, "fingerprint");
        Check.notNull(startedAt, "startedAt");
        Check.notNull(expiresAt, "expiresAt");
        Check.notNull(answer, "answer");
    }

    public boolean inProgress() {
        return answer.isEmpty();
    }
}
