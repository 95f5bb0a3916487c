package io.zoomoauth.domain.testing;

import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.events.OutboxEvent;
import io.zoomoauth.domain.grant.ConnectionFilter;
import io.zoomoauth.domain.grant.ConnectionLink;
import io.zoomoauth.domain.connections.ConnectionDirectory;
import io.zoomoauth.domain.connections.ConnectionView;
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
public class InMemoryGrantStore implements GrantStore, ConnectionDirectory {

    private record Row(Grant grant, String leaseOwner, Instant leaseExpiresAt) {
    }

    private final Map<ZoomUserId, Row> rows = new HashMap<>();
    public final List<String> deletions = new ArrayList<>();
    public final AtomicLong finds = new AtomicLong();
    public final AtomicLong leasesGranted = new AtomicLong();
    public final AtomicLong failedWrites = new AtomicLong();
    private boolean writesDown;
    /** The outbox: events recorded with the changes they report, in order. */
    public final List<OutboxEvent> events = new ArrayList<>();
    private final GrantEvents grantEvents = new GrantEvents(java.time.Clock.systemUTC(), RandomSource.secure());

    @Override
    public synchronized Optional<Grant> find(ZoomUserId userId) {
        finds.incrementAndGet();
        return Optional.ofNullable(rows.get(userId)).map(Row::grant);
    }

    private synchronized List<Grant> list(Optional<ZoomUserId> after, int limit) {
        return rows.values().stream().map(Row::grant)
                .filter(g -> after.map(a -> g.userId().value().compareTo(a.value()) > 0).orElse(true))
                .sorted(Comparator.comparing(g -> g.userId().value())).limit(limit).toList();
    }

    private synchronized List<Grant> list(ConnectionFilter filter, Optional<ZoomUserId> after, int limit) {
        return list(after, Integer.MAX_VALUE).stream()
                .filter(g -> filter.externalUserId().map(e -> g.externalUserId().equals(Optional.of(e.value()))).orElse(true))
                .filter(g -> filter.status().map(st -> g.status() == st).orElse(true))
                .limit(limit).toList();
    }

    /** Stores a grant as a connection would, with its event (test set-up). */
    public Grant saveConnected(Grant grant) {
        return saveConnected(grant, (stored, replaced) -> grantEvents.connected(stored, replaced, Optional.empty()));
    }

    /** Deletes as a disconnection would, with its event (test set-up). */
    public boolean deleteUser(ZoomUserId userId, Instant at, String reason) {
        return deleteUser(userId, at, reason, deletedEvent(userId));
    }

    private OutboxEvent deletedEvent(ZoomUserId userId) {
        return grantEvents.deleted(userId, Optional.empty(), find(userId).map(GrantEvents::subjectOf)
                .orElse(io.zoomoauth.domain.events.EventSubject.NONE), GrantEvents.DISCONNECTED);
    }

    @Override
    public synchronized Grant saveConnected(Grant grant, ConnectionEvent event) {
        Row old = rows.get(grant.userId());
        long version = old == null ? grant.version() : Math.max(grant.version(), old.grant().version() + 1);
        ConnectionLink link = !grant.link().isLinked() && old != null ? old.grant().link() : grant.link();
        link.externalUserId().ifPresent(external -> rows.replaceAll((id, row) ->
                !id.equals(grant.userId()) && row.grant().link().externalUserId().equals(Optional.of(external))
                        ? new Row(row.grant().withLink(row.grant().link().unlinked(grant.connectedAt())),
                        row.leaseOwner(), row.leaseExpiresAt())
                        : row));
        Grant stored = new Grant(grant.owner(), grant.tokens(), grant.status(), grant.statusReason(), version,
                grant.connectedAt(), grant.lastRefreshedAt(), link);
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
        failIfDown();
        Row row = rows.get(lease.userId());
        if (changed.version() <= lease.grantVersion()) {
            throw new IllegalArgumentException("changed.version must be above lease.grantVersion");
        }
        if (row == null || row.grant().version() != changed.version() - 1) {
            throw new RefreshFenceLost(lease.userId(), row == null ? "the grant was deleted"
                    : "the grant moved on to version " + row.grant().version());
        }
        boolean ours = lease.owner().equals(row.leaseOwner());
        rows.put(lease.userId(), new Row(changed, ours ? null : row.leaseOwner(), ours ? null : row.leaseExpiresAt()));
        return changed;
    }

    /** While down, every write fails as a database that cannot be reached would (reads still work). */
    public synchronized void setWritesDown(boolean down) {
        writesDown = down;
    }

    private void failIfDown() {
        if (writesDown) {
            failedWrites.incrementAndGet();
            throw new IllegalStateException("storage unavailable (test)");
        }
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
    public List<ConnectionView> listConnections(ConnectionFilter filter, Optional<ZoomUserId> after, int limit) {
        return list(filter, after, limit).stream().map(ConnectionView::of).toList();
    }

    @Override
    public Optional<ConnectionView> findConnection(ZoomUserId userId) {
        return find(userId).map(ConnectionView::of);
    }

    @Override
    public synchronized Deauthorized deleteDeauthorized(ZoomUserId userId, Instant deauthorizedAt, Instant at,
                                                        String reason, OutboxEvent ifDeleted) {
        Row row = rows.get(userId);
        if (row != null && row.grant().connectedAt().isAfter(deauthorizedAt)) {
            return Deauthorized.NEWER_GRANT_KEPT;
        }
        return deleteUser(userId, at, reason, ifDeleted) ? Deauthorized.DELETED : Deauthorized.NOTHING_STORED;
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
