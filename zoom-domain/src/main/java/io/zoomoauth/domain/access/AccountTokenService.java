package io.zoomoauth.domain.access;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.TokenPolicy;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The Server-to-Server account token: cached in memory per instance, fetched again before it expires, one
 * fetch at a time. S2S tokens have no refresh token, so nothing needs storing and instances need no
 * coordination (Zoom lets several S2S tokens be valid at once).
 */
public final class AccountTokenService {

    private final Optional<ZoomAccountId> accountId;
    private final ZoomOAuthPort oauth;
    private final TokenPolicy policy;
    private final Clock clock;
    private final ReentrantLock fetching = new ReentrantLock();
    private volatile AccountGrant current;

    /** @param accountId empty when no Server-to-Server app is configured */
    public AccountTokenService(Optional<ZoomAccountId> accountId, ZoomOAuthPort oauth, TokenPolicy policy, Clock clock) {
        this.accountId = Check.notNull(accountId, "accountId");
        this.oauth = Check.notNull(oauth, "oauth");
        this.policy = Check.notNull(policy, "policy");
        this.clock = Check.notNull(clock, "clock");
    }

    public boolean isConfigured() {
        return accountId.isPresent();
    }

    public AccessToken accessToken() {
        AccountGrant cached = current;
        if (cached != null && !cached.needsRefresh(clock.instant(), policy.refreshSkew())) {
            return cached.accessToken();
        }
        return fetch(null);
    }

    /** Zoom answered 124 to {@code rejected}: fetch a new token unless another caller already did. */
    public AccessToken replaceRejected(AccessToken rejected) {
        return fetch(rejected);
    }

    private AccessToken fetch(AccessToken rejected) {
        ZoomAccountId account = accountId.orElseThrow(
                () -> new IllegalStateException("no Server-to-Server app is configured"));
        fetching.lock();
        try {
            AccountGrant cached = current;
            boolean stillGood = cached != null && !cached.needsRefresh(clock.instant(), policy.refreshSkew())
                    && !cached.accessToken().equals(rejected);
            if (stillGood) {
                return cached.accessToken();
            }
            AccountGrant fetched = oauth.fetchAccountToken(account);
            current = fetched;
            return fetched.accessToken();
        } finally {
            fetching.unlock();
        }
    }
}
