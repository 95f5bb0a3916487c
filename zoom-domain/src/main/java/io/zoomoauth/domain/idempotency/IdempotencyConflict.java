package io.zoomoauth.domain.idempotency;

/** A request whose key is taken: by a different request, by one still running, or by one that never finished. */
public final class IdempotencyConflict extends RuntimeException {

    public enum Kind {
        /** The key was first used with another request (another route or body). */
        DIFFERENT_REQUEST,
        /** The first request with the key is still running. */
        IN_PROGRESS,
        /** The first request with the key never finished (its instance stopped): whether Zoom acted is unknown. */
        ABANDONED
    }

    private final Kind kind;

    public IdempotencyConflict(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
