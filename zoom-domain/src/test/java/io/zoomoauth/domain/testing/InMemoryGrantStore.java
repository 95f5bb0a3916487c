package io.zoomoauth.domain.testing;

import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.events.OutboxEvent;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantEvents;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.GrantVersionConflict;
import io.zoomoauth.domain.grant.RefreshFenceLost;
import io.zoomoauth.domain.grant.RefreshLease;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** A stand-in for the vault with the same lease and fence rules, for the domain's unit tests. */
public class InMemoryGrantStore implements GrantStore {

    private record Row(Grant grant, String leaseOwner, Instant leaseExpiresAt) {
    }

    private final Map<ZoomUserId, Row> rows = new HashMap<>();
    public final List<String> deletions = new ArrayList<>();
    public final AtomicLong finds = new AtomicLong();
    public final AtomicLong leasesGranted = new AtomicLong();
    /** The outbox: events recorded with the changes they report, in order. */
    public final List<OutboxEvent> events = new ArrayList<>();
    private final GrantEvents grantEvents = new GrantEvents(java.time.Clock.systemUTC(), RandomSource.secure());

    @Override
    public synchronized Optional<Grant> find(ZoomUserId userId) {
        finds.incrementAndGet();
        return Optional.ofNullable(rows.get(userId)).map(Row::grant);
    }

    @Override
    public synchronized List<Grant> list(Optional<ZoomUserId> after, int limit) {
        return rows.values().stream().map(Row::grant)
                .filter(g -> after.map(a -> g.userId().value().compareTo(a.value()) > 0).orElse(true))
                .sorted(Comparator.comparing(g -> g.userId().value())).limit(limit).toList();
    }

    /** Stores a grant as a connection would, with its event (test set-up). */
    public Grant saveConnected(Grant grant) {
        return saveConnected(grant, grantEvents::connected);
    }

    @Override
    public synchronized Grant saveConnected(Grant grant, ConnectionEvent event) {
        Row old = rows.get(grant.userId());
        long version = old == null ? grant.version() : Math.max(grant.version(), old.grant().version() + 1);
        Grant stored = new Grant(grant.owner(), grant.tokens(), grant.status(), grant.statusReason(), version,
                grant.connectedAt(), grant.lastRefreshedAt());
        rows.put(grant.userId(), new Row(stored, null, null));
        events.add(event.of(stored, old != null));
        return stored;
    }

    @Override
    public synchronized Optional<RefreshLease> tryAcquireRefreshLease(ZoomUserId userId, String owner, Instant now,
                                                                      Duration ttl) {
        Row row = rows.get(userId);
        if (row == null || (row.leaseOwner() != null && row.leaseExpiresAt().isAfter(now))) {
            return Optional.empty();
        }
        rows.put(userId, new Row(row.grant(), owner, now.plus(ttl)));
        leasesGranted.incrementAndGet();
        return Optional.of(new RefreshLease(userId, owner, row.grant().version(), now.plus(ttl)));
    }

    @Override
    public synchronized Grant saveUnderLease(Grant changed, RefreshLease lease) {
        Row row = rows.get(lease.userId());
        if (row == null || !lease.owner().equals(row.leaseOwner()) || row.grant().version() != lease.grantVersion()
                || changed.version() != lease.grantVersion() + 1) {
            throw new RefreshFenceLost(lease.userId(), "lease or version moved on");
        }
        rows.put(lease.userId(), new Row(changed, null, null));
        return changed;
    }

    @Override
    public synchronized Grant saveUnderLease(Grant changed, RefreshLease lease, OutboxEvent event) {
        Grant stored = saveUnderLease(changed, lease);
        events.add(event);
        return stored;
    }

    @Override
    public synchronized void releaseLease(RefreshLease lease) {
        Row row = rows.get(lease.userId());
        if (row != null && lease.owner().equals(row.leaseOwner())) {
            rows.put(lease.userId(), new Row(row.grant(), null, null));
        }
    }

    @Override
    public synchronized Grant update(Grant changed) {
        Row row = rows.get(changed.userId());
        if (row == null || row.grant().version() != changed.version() - 1) {
            throw new GrantVersionConflict(changed.userId(), changed.version() - 1);
        }
        rows.put(changed.userId(), new Row(changed, row.leaseOwner(), row.leaseExpiresAt()));
        return changed;
    }

    @Override
    public synchronized boolean deleteUser(ZoomUserId userId, Instant at, String reason, OutboxEvent ifDeleted) {
        deletions.add(userId.value() + "@" + at + ":" + reason);
        boolean deleted = rows.remove(userId) != null;
        if (deleted) {
            events.add(ifDeleted);
        }
        return deleted;
    }

    @Override
    public synchronized List<ZoomUserId> findDueForKeepAlive(Instant issuedBefore, int limit) {
        return rows.values().stream().map(Row::grant)
                .filter(g -> g.isActive() && g.tokens().refreshTokenIssuedAt().isBefore(issuedBefore))
                .sorted(Comparator.comparing(g -> g.tokens().refreshTokenIssuedAt()))
                .limit(limit).map(Grant::userId).toList();
    }

    @Override
    public synchronized long countByStatus(GrantStatus status) {
        return rows.values().stream().filter(r -> r.grant().status() == status).count();
    }

    /** Simulates another instance writing the grant directly (e.g. it rotated the tokens). */
    public synchronized void overwrite(Grant grant) {
        Row row = rows.get(grant.userId());
        rows.put(grant.userId(), new Row(grant, row == null ? null : row.leaseOwner(), row == null ? null : row.leaseExpiresAt()));
    }

    /** Simulates another instance holding the lease. */
    public synchronized void holdLease(ZoomUserId userId, String owner, Instant until) {
        Row row = rows.get(userId);
        rows.put(userId, new Row(row.grant(), owner, until));
    }
}
