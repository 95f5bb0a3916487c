package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.events.OutboxEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Out-port: where grants live (encrypted, shared by every instance of the service).
 * <p>
 * Refreshing one grant is coordinated across processes with a lease: {@link #tryAcquireRefreshLease} is one
 * atomic conditional update (only one claimant wins; an expired lease can be taken over), the call to Zoom
 * happens with no transaction or connection held, and {@link #saveUnderLease} is fenced on the grant version
 * the writer read (compare-and-set), so it can never overwrite newer tokens. It is deliberately not fenced on
 * still owning the lease: tokens Zoom just issued are the newest that exist unless a newer version is stored.
 * <p>
 * Every change that the organisation's backend is told about (connected, re-authorization required, deleted)
 * takes the event that reports it and writes it to the outbox in the same transaction (transactional outbox).
 * Refreshes that keep a grant active record none.
 */
public interface GrantStore {

    Optional<Grant> find(ZoomUserId userId);

    /**
     * Stores a newly connected grant. A fresh consent supersedes whatever was stored for that user: an
     * existing grant is replaced (its lease cleared) and the stored version becomes higher than the old one,
     * so caches elsewhere notice. Returns the grant as stored, with its version. The event {@code event} makes of
     * the stored grant is recorded in the same transaction.
     * <p>
     * The link to the organisation's user, in the same transaction: a grant linked to an external user takes that
     * link from any other grant (which is kept, unlinked: one external user, one connection); a grant with no link
     * keeps the link the stored grant had (connecting again without a session does not forget whose it is).
     */
    Grant saveConnected(Grant grant, ConnectionEvent event);

    /** The event reporting a stored connection; {@code replacedEarlier}: an earlier grant of the user was replaced. */
    @FunctionalInterface
    interface ConnectionEvent {
        OutboxEvent of(Grant stored, boolean replacedEarlier);
    }

    /**
     * Claims the right to refresh the grant, if nobody holds an unexpired lease on it.
     *
     * @return the lease, or empty when another live holder has it (or the grant does not exist)
     */
    Optional<RefreshLease> tryAcquireRefreshLease(ZoomUserId userId, String owner, Instant now, Duration ttl);

    /**
     * Version-fenced write of a refresh's result (the one write of rotated tokens): stores {@code changed} only if
     * the stored version is still {@code changed.version() - 1} (at least {@code lease.grantVersion()}), whoever
     * holds the lease now, and releases the lease if it is still this one's.
     *
     * @throws RefreshFenceLost when the grant moved on to another version or vanished meanwhile
     */
    Grant saveUnderLease(Grant changed, RefreshLease lease);

    /** {@link #saveUnderLease(Grant, RefreshLease)} of a status change, recording {@code event} in its transaction. */
    Grant saveUnderLease(Grant changed, RefreshLease lease, OutboxEvent event);

    /** Gives the lease back without changing the grant (e.g. Zoom was down); a no-op if it was lost. */
    void releaseLease(RefreshLease lease);

    /**
     * Optimistic write outside the refresh path: stores {@code changed} only if the stored version is
     * {@code changed.version() - 1}.
     *
     * @throws GrantVersionConflict otherwise
     */
    Grant update(Grant changed);

    /**
     * Deletes everything stored for the user (grant, lease) and records the deletion (who, when, why; never a
     * token) in the same transaction, and {@code ifDeleted} with it when there was a grant to delete.
     *
     * @return true when there was a grant to delete
     */
    boolean deleteUser(ZoomUserId userId, Instant at, String reason, OutboxEvent ifDeleted);

    /** What {@link #deleteDeauthorized} did. */
    enum Deauthorized { DELETED, NOTHING_STORED, NEWER_GRANT_KEPT }

    /**
     * Zoom says the user removed the app at {@code deauthorizedAt}: deletes and records like {@link #deleteUser},
     * unless the stored grant was connected after that moment. A late or replayed event must not delete a newer
     * consent: then nothing is deleted or recorded. The check, the deletion and {@code ifDeleted} (recorded only
     * when a grant is deleted) are one transaction.
     */
    Deauthorized deleteDeauthorized(ZoomUserId userId, Instant deauthorizedAt, Instant at, String reason,
                                    OutboxEvent ifDeleted);

    /** Active grants whose refresh token was issued before {@code issuedBefore}, oldest first. */
    List<ZoomUserId> findDueForKeepAlive(Instant issuedBefore, int limit);

    long countByStatus(GrantStatus status);
}
