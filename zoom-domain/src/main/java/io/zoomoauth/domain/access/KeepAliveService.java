package io.zoomoauth.domain.access;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.Sleeper;
import io.zoomoauth.domain.error.DomainFailure;
import io.zoomoauth.domain.error.NotConnected;
import io.zoomoauth.domain.error.RateLimited;
import io.zoomoauth.domain.error.ReauthorizationRequired;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.TokenPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Refreshes grants whose refresh token is older than the keep-alive age, a bounded batch at a time and
 * paced, through the token manager (so the lease keeps two instances off the same grant). A rate limit
 * ends the batch early: the rest waits for the next run.
 */
public final class KeepAliveService implements KeepAliveUseCase {

    private final GrantStore grants;
    private final ObtainAccessTokenUseCase tokens;
    private final TokenPolicy policy;
    private final int batchSize;
    private final Duration pause;
    private final Clock clock;
    private final Sleeper sleeper;

    public KeepAliveService(GrantStore grants, ObtainAccessTokenUseCase tokens, TokenPolicy policy, int batchSize,
                            Duration pause, Clock clock, Sleeper sleeper) {
        this.grants = Check.notNull(grants, "grants");
        this.tokens = Check.notNull(tokens, "tokens");
        this.policy = Check.notNull(policy, "policy");
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be between 1 and 10000");
        }
        this.batchSize = batchSize;
        this.pause = Check.notNull(pause, "pause");
        this.clock = Check.notNull(clock, "clock");
        this.sleeper = Check.notNull(sleeper, "sleeper");
    }

    @Override
    public BatchResult runBatch() {
        List<ZoomUserId> due = grants.findDueForKeepAlive(clock.instant().minus(policy.keepAliveAge()), batchSize);
        int refreshed = 0;
        int reauthorization = 0;
        int failed = 0;
        for (int i = 0; i < due.size(); i++) {
            if (i > 0 && !pause()) {
                break;
            }
            try {
                tokens.keepAlive(due.get(i));
                refreshed++;
            } catch (ReauthorizationRequired dead) {
                reauthorization++;
            } catch (NotConnected gone) {
                // Disconnected since the query ran: nothing to keep alive.
            } catch (RateLimited limited) {
                failed++;
                break;
            } catch (DomainFailure other) {
                failed++;
            }
        }
        return new BatchResult(due.size(), refreshed, reauthorization, failed);
    }

    private boolean pause() {
        try {
            sleeper.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
