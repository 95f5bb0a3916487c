package io.zoomoauth.adapters.persistence.grant;

import io.micronaut.transaction.TransactionOperations;
import io.zoomoauth.adapters.persistence.crypto.FieldCipher;
import io.zoomoauth.adapters.persistence.events.OutboxRecorder;
import io.zoomoauth.adapters.persistence.jdbc.SqlFailures;
import io.zoomoauth.adapters.persistence.jdbc.StorageBoundary;
import io.zoomoauth.adapters.persistence.jdbc.UtcDateTimes;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.adapters.persistence.jdbc.TagsJson;
import io.zoomoauth.domain.events.OutboxEvent;
import io.zoomoauth.domain.grant.ConnectionFilter;
import io.zoomoauth.domain.grant.ExternalUserId;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.GrantVersionConflict;
import io.zoomoauth.domain.grant.RefreshFenceLost;
import io.zoomoauth.domain.grant.RefreshLease;
import io.zoomoauth.domain.grant.ZoomUserId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link GrantStore} on {@code zoom_grant}. Every method is its own short transaction (or a single statement):
 * nothing stays open between taking a refresh lease and the fenced write that ends it. An event that reports a
 * change is inserted into the outbox in the change's transaction.
 */
@Singleton
@StorageBoundary
class GrantStoreAdapter implements GrantStore {

    private static final int MAX_ATTEMPTS = 3;
    private static final int MAX_REASON_LENGTH = 500;

    private final GrantRepository grants;
    private final GrantDeletionRepository deletions;
    private final GrantWrites writes;
    private final GrantRowMapper mapper;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final OutboxRecorder outbox;

    GrantStoreAdapter(GrantRepository grants, GrantDeletionRepository deletions, GrantWrites writes, FieldCipher cipher,
                      TransactionOperations<Connection> transactions, Clock clock, OutboxRecorder outbox) {
        this.grants = grants;
        this.deletions = deletions;
        this.writes = writes;
        this.mapper = new GrantRowMapper(cipher);
        this.transactions = transactions;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public Optional<Grant> find(ZoomUserId userId) {
        Check.notNull(userId, "userId");
        return grants.findById(userId.value()).map(mapper::toGrant);
    }

    @Override
    public Grant saveConnected(Grant grant, ConnectionEvent event) {
        Check.notNull(grant, "grant");
        Check.notNull(event, "event");
        // Two first consents of one user (or two users of one external id) can race: the loser retries.
        return retryingConflicts(() -> transactions.executeWrite(status -> {
            Instant now = clock.instant();
            String userId = grant.userId().value();
            Optional<Long> stored = grants.lockVersion(userId);
            grant.link().externalUserId().ifPresent(external ->
                    grants.unlinkOthers(external.value(), userId, UtcDateTimes.format(grant.connectedAt())));
            if (stored.isPresent()) {
                Grant linked = grant.link().isLinked() ? grant
                        : grant.withLink(grants.findById(userId).map(GrantRowMapper::linkOf).orElse(grant.link()));
                Grant replacement = GrantRowMapper.normalized(linked, stored.get() + 1);
                writes.replace(mapper.toRow(replacement, now, now), stored.get());
                if (grant.link().isLinked()) {
                    grants.link(userId, grant.link().externalUserId().get().value(), TagsJson.write(grant.link().tags()));
                }
                outbox.insert(event.of(replacement, true));
                return replacement;
            }
            Grant inserted = GrantRowMapper.normalized(grant, grant.version());
            grants.save(mapper.toRow(inserted, now, now));
            outbox.insert(event.of(inserted, false));
            return inserted;
        }));
    }

    @Override
    public Optional<RefreshLease> tryAcquireRefreshLease(ZoomUserId userId, String owner, Instant now, Duration ttl) {
        Check.notNull(userId, "userId");
        Check.notBlank(owner, "owner");
        Check.maxLength(owner, 100, "owner");
        Check.notNull(now, "now");
        Check.notNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        Instant expiresAt = UtcDateTimes.truncate(now.plus(ttl));
        return transactions.executeWrite(status -> {
            String expires = UtcDateTimes.format(expiresAt);
            boolean takenOver = false;
            if (grants.claimFreeLease(userId.value(), owner, expires) == 0) {
                if (grants.takeOverExpiredLease(userId.value(), owner, expires, UtcDateTimes.format(now)) == 0) {
                    return Optional.<RefreshLease>empty();
                }
                takenOver = true;
            }
            boolean tookOver = takenOver;
            // Same transaction: the row is ours until commit, so this is the version the lease fences.
            return grants.findVersionLeasedBy(userId.value(), owner)
                    .map(version -> new RefreshLease(userId, owner, version, expiresAt, tookOver));
        });
    }

    @Override
    public Grant saveUnderLease(Grant changed, RefreshLease lease) {
        return saveUnderLease(changed, lease, Optional.empty());
    }

    @Override
    public Grant saveUnderLease(Grant changed, RefreshLease lease, OutboxEvent event) {
        return saveUnderLease(changed, lease, Optional.of(Check.notNull(event, "event")));
    }

    private Grant saveUnderLease(Grant changed, RefreshLease lease, Optional<OutboxEvent> event) {
        Check.notNull(changed, "changed");
        Check.notNull(lease, "lease");
        if (!changed.userId().equals(lease.userId())) {
            throw new IllegalArgumentException("the lease is for another grant");
        }
        if (changed.version() <= lease.grantVersion()) {
            throw new IllegalArgumentException("changed.version must be above lease.grantVersion");
        }
        Grant stored = GrantRowMapper.normalized(changed, changed.version());
        long expected = changed.version() - 1;
        Optional<String> lost = transactions.executeWrite(status -> {
            Instant now = clock.instant();
            if (writes.fenced(mapper.toRow(stored, now, now), expected, lease.owner()) == 1) {
                // The one extra statement of a status change; a plain refresh (no event) adds nothing here.
                event.ifPresent(outbox::insert);
                return Optional.<String>empty();
            }
            return Optional.of(whyFenceFailed(lease.userId(), expected));
        });
        if (lost.isPresent()) {
            throw new RefreshFenceLost(changed.userId(), lost.get());
        }
        return stored;
    }

    private String whyFenceFailed(ZoomUserId userId, long expected) {
        return grants.findById(userId.value())
                .map(row -> "the grant moved on to version " + row.version() + " (read at " + expected + ")")
                .orElse("the grant was deleted");
    }

    @Override
    public void releaseLease(RefreshLease lease) {
        Check.notNull(lease, "lease");
        grants.releaseLease(lease.userId().value(), lease.owner());
    }

    @Override
    public Grant update(Grant changed) {
        Check.notNull(changed, "changed");
        long expected = changed.version() - 1;
        Grant stored = GrantRowMapper.normalized(changed, changed.version());
        int updated = transactions.executeWrite(status -> {
            Instant now = clock.instant();
            return writes.optimistic(mapper.toRow(stored, now, now), expected);
        });
        if (updated != 1) {
            throw new GrantVersionConflict(changed.userId(), expected);
        }
        return stored;
    }

    @Override
    public boolean deleteUser(ZoomUserId userId, Instant at, String reason, OutboxEvent ifDeleted) {
        return delete(userId, Optional.empty(), at, reason, ifDeleted) == Deauthorized.DELETED;
    }

    @Override
    public Deauthorized deleteDeauthorized(ZoomUserId userId, Instant deauthorizedAt, Instant at, String reason,
                                           OutboxEvent ifDeleted) {
        Check.notNull(deauthorizedAt, "deauthorizedAt");
        return delete(userId, Optional.of(deauthorizedAt), at, reason, ifDeleted);
    }

    /**
     * Deletes, records and writes {@code ifDeleted} to the outbox in one transaction, unless the row was connected
     * after {@code connectedBy}.
     */
    private Deauthorized delete(ZoomUserId userId, Optional<Instant> connectedBy, Instant at, String reason,
                                OutboxEvent ifDeleted) {
        Check.notNull(userId, "userId");
        Check.notNull(ifDeleted, "ifDeleted");
        Check.notNull(at, "at");
        Check.notBlank(reason, "reason");
        String bounded = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
        return retryingConflicts(() -> transactions.executeWrite(status -> {
            Optional<GrantRow> row = grants.lockRow(userId.value());
            if (row.isPresent() && connectedBy.isPresent() && row.get().connectedAt().isAfter(connectedBy.get())) {
                return Deauthorized.NEWER_GRANT_KEPT;
            }
            boolean deleted = grants.deleteGrant(userId.value()) > 0;
            deletions.save(new GrantDeletionRow(null, userId.value(), row.map(GrantRow::zoomAccountId).orElse(null),
                    UtcDateTimes.truncate(at), bounded, deleted,
                    row.map(r -> DeletionRecordsAdapter.emailHash(r.email())).orElse(null)));
            if (deleted) {
                outbox.insert(ifDeleted);
            }
            return deleted ? Deauthorized.DELETED : Deauthorized.NOTHING_STORED;
        }));
    }

    @Override
    public List<ZoomUserId> findDueForKeepAlive(Instant issuedBefore, int limit) {
        Check.notNull(issuedBefore, "issuedBefore");
        requirePositive(limit);
        return grants.findDueForKeepAlive(GrantStatus.ACTIVE.name(), UtcDateTimes.formatUpperBound(issuedBefore), limit).stream()
                .map(ZoomUserId::new)
                .toList();
    }

    @Override
    public long countByStatus(GrantStatus status) {
        Check.notNull(status, "status");
        return grants.countWithStatus(status.name());
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    private static <T> T retryingConflicts(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !(SqlFailures.isDuplicateKey(e) || SqlFailures.isTransientConflict(e))) {
                    throw e;
                }
            }
        }
    }
}
