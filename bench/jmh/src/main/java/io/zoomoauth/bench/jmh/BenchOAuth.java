package io.zoomoauth.bench.jmh;

import io.zoomoauth.domain.error.InvalidGrant;
import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.PkceVerifier;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.TokenSet;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in for Zoom's token endpoint that rotates like Zoom (only the latest refresh token works; presenting
 * an old one is counted as reuse) and takes a configurable time to answer.
 */
final class BenchOAuth implements ZoomOAuthPort {

    private final Clock clock;
    private final long latencyNanos;
    final AtomicLong refreshCalls = new AtomicLong();
    final AtomicLong reuse = new AtomicLong();
    private long generation;
    private String liveRefreshToken;

    BenchOAuth(Clock clock, String liveRefreshToken, long latencyNanos) {
        this.clock = clock;
        this.liveRefreshToken = liveRefreshToken;
        this.latencyNanos = latencyNanos;
    }

    @Override
    public TokenSet refresh(RefreshToken refreshToken) {
        refreshCalls.incrementAndGet();
        if (latencyNanos > 0) {
            // The network round trip to Zoom: the caller's thread is blocked, the CPU is free.
            long deadline = System.nanoTime() + latencyNanos;
            for (long left = latencyNanos; left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }
        synchronized (this) {
            if (!refreshToken.value().equals(liveRefreshToken)) {
                reuse.incrementAndGet();
                throw new InvalidGrant("invalid_grant", "bench");
            }
            generation++;
            TokenSet issued = BenchFixtures.tokens("gen" + generation, clock.instant());
            liveRefreshToken = issued.refreshToken().value();
            return issued;
        }
    }

    @Override
    public URI authorizationUri(AuthorizationState state, String s256CodeChallenge, URI redirectUri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TokenSet exchangeCode(String code, PkceVerifier verifier, URI redirectUri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void revoke(AccessToken accessToken) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AccountGrant fetchAccountToken(ZoomAccountId accountId) {
        throw new UnsupportedOperationException();
    }
}
