package io.zoomoauth.domain.access;

import io.zoomoauth.domain.access.TokenEvents.RefreshOutcome;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.common.Sleeper;
import io.zoomoauth.domain.error.InvalidClient;
import io.zoomoauth.domain.error.InvalidGrant;
import io.zoomoauth.domain.error.NotConnected;
import io.zoomoauth.domain.error.RateLimited;
import io.zoomoauth.domain.error.ReauthorizationRequired;
import io.zoomoauth.domain.error.ZoomBusy;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantEvents;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.PendingRotationJournal;
import io.zoomoauth.domain.grant.RefreshFenceLost;
import io.zoomoauth.domain.grant.RefreshLease;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.TokenPolicy;
import io.zoomoauth.domain.token.TokenSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The token manager.
 * <ul>
 *   <li>Valid tokens are served from memory, never past {@code expiry - skew}.</li>
 *   <li>In this process, concurrent callers for one grant share one refresh (single flight).</li>
 *   <li>Across processes, the store's lease lets one caller refresh a grant at a time; the grant is re-read
 *       after the lease is won, because the previous holder may have rotated it already.</li>
 *   <li>Zoom rotates the refresh token on every refresh, so the new pair is stored before the new access token
 *       is handed to anyone, fenced on the grant version it was read at (not on still holding the lease).</li>
 *   <li>If the store fails for longer than a short retry budget, the new pair is kept in memory as the pending
 *       truth for that grant (its access token is served, the grant is not refreshed again) and written in the
 *       background until the store takes it ({@link #landPendingRotations}).</li>
 *   <li>On {@code invalid_grant} the grant is re-read once more: a changed refresh token means another process
 *       rotated it (use that); an unchanged one means the grant is dead (re-authorization required).</li>
 *   <li>When Zoom is down, the old tokens are kept, a still-valid access token keeps being served, and the
 *       next attempt for that grant waits for a growing backoff.</li>
 * </ul>
 */
public final class AccessTokenService implements ObtainAccessTokenUseCase {

    /** Attempts of the caller's own write; after them the pair waits in memory for the background retries. */
    private static final int STORE_ATTEMPTS = 2;
    private static final Duration STORE_RETRY_DELAY = Duration.ofMillis(100);

    private final GrantStore store;
    private final ZoomOAuthPort oauth;
    private final TokenPolicy policy;
    private final RefreshSettings settings;
    private final Clock clock;
    private final RandomSource random;
    private final Sleeper sleeper;
    private final TokenEvents events;
    private final GrantEvents grantEvents;

    private final TokenCache cache = new TokenCache();
    private final SingleFlight<ZoomUserId, Grant> refreshes = new SingleFlight<>();
    private final RefreshBackoff<ZoomUserId> backoff;
    private final RotatedPairs rotatedPairs;
    private final PendingRotationJournal journal;

    public AccessTokenService(GrantStore store, ZoomOAuthPort oauth, TokenPolicy policy, RefreshSettings settings,
                              Clock clock, RandomSource random, Sleeper sleeper, TokenEvents events) {
        this(store, oauth, policy, settings, clock, random, sleeper, events, PendingRotationJournal.NONE);
    }

    public AccessTokenService(GrantStore store, ZoomOAuthPort oauth, TokenPolicy policy, RefreshSettings settings,
                              Clock clock, RandomSource random, Sleeper sleeper, TokenEvents events,
                              PendingRotationJournal journal) {
        this.store = Check.notNull(store, "store");
        this.oauth = Check.notNull(oauth, "oauth");
        this.policy = Check.notNull(policy, "policy");
        this.settings = Check.notNull(settings, "settings");
        this.clock = Check.notNull(clock, "clock");
        this.random = Check.notNull(random, "random");
        this.sleeper = Check.notNull(sleeper, "sleeper");
        this.events = Check.notNull(events, "events");
        this.backoff = new RefreshBackoff<>(settings.failureBackoffMax());
        this.journal = Check.notNull(journal, "journal");
        this.rotatedPairs = new RotatedPairs(store, journal);
        this.grantEvents = new GrantEvents(clock, random);
    }

    @Override
    public Optional<AccessToken> cachedAccessToken(ZoomUserId userId) {
        return cache.usable(Check.notNull(userId, "userId"), clock.instant(), policy.refreshSkew());
    }

    @Override
    public AccessToken accessTokenFor(ZoomUserId userId) {
        Instant now = clock.instant();
        Optional<AccessToken> cached = cache.usable(userId, now, policy.refreshSkew());
        if (cached.isPresent()) {
            return cached.get();
        }
        Optional<RotatedPairs.Pending> pending = rotatedPairs.pending(userId);
        if (pending.isPresent()) {
            return servePending(pending.get(), Optional.empty());
        }
        try {
            // A refresh of this grant under way here is shared before the store is even read.
            Optional<Grant> shared = refreshes.joinIfRunning(userId);
            if (shared.isPresent()) {
                return shared.get().tokens().accessToken();
            }
            Grant grant = loadUsable(userId);
            if (!grant.needsRefresh(now, policy.refreshSkew())) {
                return cache.remember(grant).tokens().accessToken();
            }
            return refreshShared(userId, g -> g.needsRefresh(clock.instant(), policy.refreshSkew()))
                    .tokens().accessToken();
        } catch (ZoomUnavailable | RateLimited | ZoomBusy zoomDown) {
            return oldTokenWhileStillValid(userId, zoomDown);
        }
    }

    /** Zoom could not refresh: keep serving the old token while it works; the backoff spaces out new attempts. */
    private AccessToken oldTokenWhileStillValid(ZoomUserId userId, RuntimeException zoomDown) {
        Grant current = loadUsable(userId);
        if (!current.tokens().accessTokenExpired(clock.instant())) {
            events.servedDuringOutage(userId);
            return current.tokens().accessToken();
        }
        throw zoomDown;
    }

    /**
     * The pending pair's access token, the only one that works, while it does: the grant cannot be refreshed
     * before that pair is stored, so once it expires (or Zoom rejected it) the store's failure is the answer.
     */
    private AccessToken servePending(RotatedPairs.Pending pending, Optional<AccessToken> rejected) {
        AccessToken token = pending.refreshed().tokens().accessToken();
        if (pending.refreshed().tokens().accessTokenExpired(clock.instant()) || rejected.equals(Optional.of(token))) {
            throw pending.lastFailure();
        }
        return token;
    }

    @Override
    public AccessToken replaceRejected(ZoomUserId userId, AccessToken rejected) {
        cache.dropIfCurrent(userId, rejected);
        Optional<RotatedPairs.Pending> pending = rotatedPairs.pending(userId);
        if (pending.isPresent()) {
            return servePending(pending.get(), Optional.of(rejected));
        }
        Grant grant = loadUsable(userId);
        Predicate<Grant> stillDue = g -> g.tokens().accessToken().equals(rejected)
                || g.needsRefresh(clock.instant(), policy.refreshSkew());
        if (!stillDue.test(grant)) {
            // Another instance has rotated since our token was cached: its token is the live one.
            return cache.remember(grant).tokens().accessToken();
        }
        return refreshShared(userId, stillDue).tokens().accessToken();
    }

    @Override
    public Grant keepAlive(ZoomUserId userId) {
        Optional<RotatedPairs.Pending> pending = rotatedPairs.pending(userId);
        if (pending.isPresent()) {
            return pending.get().refreshed();
        }
        Predicate<Grant> stillDue = g -> g.dueForKeepAlive(clock.instant(), policy.keepAliveAge());
        Grant grant = loadUsable(userId);
        return stillDue.test(grant) ? refreshShared(userId, stillDue) : grant;
    }

    @Override
    public void forget(ZoomUserId userId) {
        cache.forget(userId);
        backoff.reset(userId);
    }

    /** Puts a grant just stored by someone else in this process (e.g. a new connection) into the cache. */
    public Grant remember(Grant grant) {
        return cache.remember(grant);
    }

    private Grant loadUsable(ZoomUserId userId) {
        Grant grant = store.find(userId).orElseThrow(() -> {
            cache.forget(userId);
            return new NotConnected(userId.value());
        });
        if (!grant.isActive()) {
            cache.forget(userId);
            throw new ReauthorizationRequired(userId.value(), grant.statusReason());
        }
        return grant;
    }

    /** In this process one refresh per grant: callers arriving meanwhile wait for and share its result. */
    private Grant refreshShared(ZoomUserId userId, Predicate<Grant> stillDue) {
        // Never refresh a grant whose newest pair is not stored yet: it is the only live refresh token.
        return refreshes.run(userId, () -> rotatedPairs.pending(userId).map(RotatedPairs.Pending::refreshed)
                .orElseGet(() -> cache.remember(refreshUnderLease(userId, stillDue))));
    }

    private Grant refreshUnderLease(ZoomUserId userId, Predicate<Grant> stillDue) {
        Instant waitStart = clock.instant();
        for (int round = 0; round <= settings.maxWaitRounds(); round++) {
            refuseDuringBackoff(userId);
            Optional<RefreshLease> lease = store.tryAcquireRefreshLease(userId, newLeaseOwner(), clock.instant(),
                    settings.leaseTtl());
            if (lease.isPresent()) {
                if (lease.get().takenOver()) {
                    events.leaseTakenOver(userId);
                }
                if (round > 0) {
                    events.leaseWaited(userId, Duration.between(waitStart, clock.instant()));
                }
                return refreshHolding(lease.get(), stillDue);
            }
            // Another caller holds the lease: it may be rotating right now. Re-read until it is done.
            Grant current = loadUsable(userId);
            if (!stillDue.test(current)) {
                events.leaseWaited(userId, Duration.between(waitStart, clock.instant()));
                return current;
            }
            pause(settings.leaseWaitPoll());
        }
        throw new ZoomUnavailable("another caller has been refreshing this grant for longer than "
                + settings.leaseWaitMax().toSeconds() + "s");
    }

    private Grant refreshHolding(RefreshLease lease, Predicate<Grant> stillDue) {
        ZoomUserId userId = lease.userId();
        Grant grant;
        try {
            // Re-read under the lease: the previous holder may have rotated already.
            grant = loadUsable(userId);
        } catch (RuntimeException e) {
            store.releaseLease(lease);
            throw e;
        }
        if (grant.version() != lease.grantVersion() || !stillDue.test(grant)) {
            store.releaseLease(lease);
            return grant;
        }
        Instant started = clock.instant();
        TokenSet rotated;
        try {
            rotated = oauth.refresh(grant.tokens().refreshToken());
        } catch (InvalidGrant refused) {
            events.refreshed(userId, RefreshOutcome.INVALID_GRANT, Duration.between(started, clock.instant()));
            return afterInvalidGrant(grant, lease, refused);
        } catch (RuntimeException failure) {
            store.releaseLease(lease);
            events.refreshed(userId, outcomeOf(failure), Duration.between(started, clock.instant()));
            if (failure instanceof ZoomUnavailable || failure instanceof RateLimited) {
                backoff.failed(userId, clock.instant());
            }
            throw failure;
        }
        // From here on Zoom has rotated: the old refresh token is dead and the new one exists only in memory.
        // Store it before anything else.
        Grant refreshed = grant.refreshed(rotated, clock.instant());
        Grant stored = storeRotated(grant, refreshed, lease);
        backoff.reset(userId);
        events.refreshed(userId, RefreshOutcome.SUCCESS, Duration.between(started, clock.instant()));
        return stored;
    }

    /**
     * The write of rotated tokens, retried briefly on store failures; after that the pair is kept in memory and
     * written in the background: losing it disconnects the user.
     */
    private Grant storeRotated(Grant base, Grant refreshed, RefreshLease lease) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= STORE_ATTEMPTS; attempt++) {
            try {
                return rotatedPairs.write(base, refreshed, lease);
            } catch (RefreshFenceLost lost) {
                events.fenceLost(lease.userId());
                events.refreshed(lease.userId(), RefreshOutcome.FENCE_LOST, Duration.ZERO);
                return usableAfterLostFence(lease.userId(), lost);
            } catch (RuntimeException storeFailure) {
                last = storeFailure;
                if (attempt < STORE_ATTEMPTS) {
                    pause(STORE_RETRY_DELAY.multipliedBy(attempt));
                }
            }
        }
        rotatedPairs.keep(base, refreshed, lease, last, clock.instant());
        events.rotationPending(lease.userId(), last);
        return refreshed;
    }

    /**
     * Retries the write of every rotated pair that is only in memory and due (or of all of them, when
     * {@code all}, e.g. at shutdown); a pair that lost to newer stored tokens is dropped. One caller at a time, so a
     * pair is never written twice.
     *
     * @return how many pairs are still pending
     */
    public synchronized int landPendingRotations(boolean all) {
        for (RotatedPairs.Pending pair : rotatedPairs.due(clock.instant(), all)) {
            try {
                Grant stored = rotatedPairs.write(pair.base(), pair.refreshed(), pair.lease());
                rotatedPairs.settled(pair);
                cache.remember(stored);
                events.rotationLanded(pair.userId(), Duration.between(pair.since(), clock.instant()));
            } catch (RefreshFenceLost lost) {
                rotatedPairs.settled(pair);
                cache.forget(pair.userId());
                events.fenceLost(pair.userId());
            } catch (RuntimeException stillFailing) {
                rotatedPairs.retryLater(pair, stillFailing, clock.instant());
            }
        }
        return rotatedPairs.count();
    }

    /**
     * Takes up the rotated pairs an earlier run of this process left in the journal (it stopped during a database
     * outage) as pending again, and tries to land them at once: the same fenced write, so a pair that lost to newer
     * stored tokens meanwhile is dropped.
     *
     * @return how many pairs were taken up
     */
    public int resumeJournaledRotations() {
        List<PendingRotationJournal.Entry> entries = journal.entries();
        Instant now = clock.instant();
        for (PendingRotationJournal.Entry entry : entries) {
            ZoomUserId userId = entry.rotated().userId();
            RefreshLease replay = new RefreshLease(userId, newLeaseOwner(), entry.base().version(), now);
            rotatedPairs.keep(entry.base(), entry.rotated(), replay,
                    new IllegalStateException("not stored yet: taken up from the journal"), now);
        }
        landPendingRotations(true);
        return entries.size();
    }

    /** Rotated pairs held only in memory because the store could not take them yet. */
    public int pendingRotations() {
        return rotatedPairs.count();
    }

    /** The users whose newest tokens are held only in memory (lost if the process stops now). */
    public List<ZoomUserId> usersWithPendingRotations() {
        return rotatedPairs.users();
    }

    private Grant usableAfterLostFence(ZoomUserId userId, RefreshFenceLost lost) {
        Grant current = loadUsable(userId);
        if (!current.tokens().accessTokenExpired(clock.instant())) {
            return current;
        }
        throw new ZoomUnavailable("the refresh of this grant raced with another instance; try again", null, null, lost);
    }

    private Grant afterInvalidGrant(Grant refreshedFrom, RefreshLease lease, InvalidGrant refused) {
        ZoomUserId userId = lease.userId();
        Optional<Grant> reread = store.find(userId);
        if (reread.isEmpty()) {
            store.releaseLease(lease);
            throw new NotConnected(userId.value());
        }
        Grant current = reread.get();
        if (!current.tokens().refreshToken().equals(refreshedFrom.tokens().refreshToken())) {
            // Someone else rotated (or the user re-connected) after we read the grant: theirs is the live token.
            store.releaseLease(lease);
            events.refreshed(userId, RefreshOutcome.ROTATED_ELSEWHERE, Duration.ZERO);
            if (!current.isActive()) {
                throw new ReauthorizationRequired(userId.value(), current.statusReason());
            }
            return current;
        }
        String reason = "Zoom refused the refresh token (" + refused.zoomReason() + ")";
        try {
            // Only this fenced write changes the status, so the event is recorded once per transition.
            store.saveUnderLease(current.requireReauthorization(reason), lease,
                    grantEvents.reauthorizationRequired(current, reason));
        } catch (RefreshFenceLost lost) {
            events.fenceLost(userId);
        }
        forget(userId);
        throw new ReauthorizationRequired(userId.value(), reason);
    }

    private void refuseDuringBackoff(ZoomUserId userId) {
        backoff.blockedUntil(userId, clock.instant()).ifPresent(notBefore -> {
            throw new ZoomUnavailable("Zoom failed the last refresh of this grant; next attempt after " + notBefore);
        });
    }

    private static RefreshOutcome outcomeOf(RuntimeException failure) {
        if (failure instanceof ZoomUnavailable) {
            return RefreshOutcome.ZOOM_UNAVAILABLE;
        }
        if (failure instanceof ZoomBusy) {
            return RefreshOutcome.ZOOM_BUSY;
        }
        if (failure instanceof RateLimited) {
            return RefreshOutcome.RATE_LIMITED;
        }
        if (failure instanceof InvalidClient) {
            return RefreshOutcome.INVALID_CLIENT;
        }
        return RefreshOutcome.ERROR;
    }

    private String newLeaseOwner() {
        byte[] suffix = new byte[8];
        random.nextBytes(suffix);
        return settings.instanceId() + "/" + HexFormat.of().formatHex(suffix);
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZoomUnavailable("interrupted while waiting for a token refresh");
        }
    }
}
