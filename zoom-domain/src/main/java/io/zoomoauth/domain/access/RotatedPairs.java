package io.zoomoauth.domain.access;

import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.PendingRotationJournal;
import io.zoomoauth.domain.grant.RefreshFenceLost;
import io.zoomoauth.domain.grant.RefreshLease;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where rotated token pairs are written, and where they wait while the store cannot take them.
 * <p>
 * Once Zoom has rotated, the new pair is the only live one: losing it disconnects the user. {@link #write} is the
 * one write of a rotated pair (version-fenced). When the store fails for longer than the caller's retry budget,
 * {@link #keep} holds the pair in memory as the pending truth for that grant (its access token is served; the
 * grant is not refreshed again) until the background retries of {@link #due} land it. The journal keeps a local
 * copy meanwhile, for a restart during the outage.
 */
final class RotatedPairs {

    /** A rotated pair not stored yet: {@code refreshed} was made from {@code base} under {@code lease}. */
    record Pending(Grant base, Grant refreshed, RefreshLease lease, Instant since, Instant nextAttempt,
                   Duration delay, RuntimeException lastFailure) {

        ZoomUserId userId() {
            return refreshed.userId();
        }
    }

    private static final int MAX_REBASES = 3;
    static final Duration FIRST_RETRY = Duration.ofMillis(500);
    static final Duration MAX_RETRY = Duration.ofSeconds(5);

    private final GrantStore store;
    private final PendingRotationJournal journal;
    private final ConcurrentHashMap<ZoomUserId, Pending> pending = new ConcurrentHashMap<>();

    RotatedPairs(GrantStore store, PendingRotationJournal journal) {
        this.store = store;
        this.journal = journal;
    }

    /**
     * Stores {@code refreshed} if the grant is still at the version it was read at. If the version moved on but
     * the stored grant still carries the refresh token we rotated (e.g. a caller whose lease took over ours saw
     * Zoom refuse that dead token and marked the grant for re-authorization), nobody holds newer tokens than
     * ours: they are written on top of the stored version.
     *
     * @throws RefreshFenceLost when someone stored newer tokens (or deleted the grant): theirs win
     */
    Grant write(Grant base, Grant refreshed, RefreshLease lease) {
        Grant attempt = refreshed;
        RefreshFenceLost lost = null;
        for (int round = 0; round < MAX_REBASES; round++) {
            try {
                return store.saveUnderLease(attempt, lease);
            } catch (RefreshFenceLost fenceLost) {
                lost = fenceLost;
                Optional<Grant> stored = store.find(base.userId());
                if (stored.isEmpty() || !stored.get().tokens().refreshToken().equals(base.tokens().refreshToken())) {
                    throw fenceLost;
                }
                attempt = refreshed.rebasedOnto(stored.get());
            }
        }
        throw lost;
    }

    void keep(Grant base, Grant refreshed, RefreshLease lease, RuntimeException failure, Instant now) {
        pending.put(refreshed.userId(),
                new Pending(base, refreshed, lease, now, now.plus(FIRST_RETRY), FIRST_RETRY, failure));
        journal.record(new PendingRotationJournal.Entry(base, refreshed));
    }

    Optional<Pending> pending(ZoomUserId userId) {
        return Optional.ofNullable(pending.get(userId));
    }

    /** Pending pairs whose next attempt is due at {@code now} (all of them when {@code all}). */
    List<Pending> due(Instant now, boolean all) {
        return pending.values().stream().filter(p -> all || !now.isBefore(p.nextAttempt())).toList();
    }

    /** The store failed again: the next attempt waits twice as long, up to {@link #MAX_RETRY}. */
    void retryLater(Pending pair, RuntimeException failure, Instant now) {
        Duration doubled = pair.delay().multipliedBy(2);
        Duration delay = doubled.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : doubled;
        pending.replace(pair.userId(), pair, new Pending(pair.base(), pair.refreshed(), pair.lease(), pair.since(),
                now.plus(delay), delay, failure));
    }

    /** The pair landed, or lost to newer tokens: it is no longer pending. */
    void settled(Pending pair) {
        if (pending.remove(pair.userId(), pair)) {
            journal.remove(pair.userId());
        }
    }

    int count() {
        return pending.size();
    }

    List<ZoomUserId> users() {
        return pending.keySet().stream().sorted((a, b) -> a.value().compareTo(b.value())).toList();
    }
}
