package io.zoomoauth.domain.access;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.error.RateLimited;
import io.zoomoauth.domain.error.ZoomBusy;
import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.TokenPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The Server-to-Server account token: cached in memory per instance, fetched again before it expires. S2S tokens
 * have no refresh token, so nothing needs storing and instances need no coordination (Zoom lets several S2S tokens
 * be valid at once). Like user grants: concurrent callers share one fetch, and after Zoom failed one, further
 * fetches back off (callers fail fast meanwhile, or get the old token while it is still valid).
 */
public final class AccountTokenService {

    private final Optional<ZoomAccountId> accountId;
    private final ZoomOAuthPort oauth;
    private final TokenPolicy policy;
    private final Clock clock;
    private final SingleFlight<ZoomAccountId, AccountGrant> fetches = new SingleFlight<>();
    private final RefreshBackoff<ZoomAccountId> backoff;
    private volatile AccountGrant current;

    /**
     * @param accountId  empty when no Server-to-Server app is configured
     * @param backoffMax the longest pause between fetches while Zoom keeps failing them
     */
    public AccountTokenService(Optional<ZoomAccountId> accountId, ZoomOAuthPort oauth, TokenPolicy policy, Clock clock,
                               Duration backoffMax) {
        this.accountId = Check.notNull(accountId, "accountId");
        this.oauth = Check.notNull(oauth, "oauth");
        this.policy = Check.notNull(policy, "policy");
        this.clock = Check.notNull(clock, "clock");
        this.backoff = new RefreshBackoff<>(Check.notNull(backoffMax, "backoffMax"));
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
        try {
            return fetches.run(account, () -> fetchUnlessFresh(account, rejected)).accessToken();
        } catch (ZoomUnavailable | RateLimited | ZoomBusy zoomDown) {
            AccountGrant cached = current;
            if (rejected == null && cached != null && clock.instant().isBefore(cached.expiresAt())) {
                return cached.accessToken();
            }
            throw zoomDown;
        }
    }

    private AccountGrant fetchUnlessFresh(ZoomAccountId account, AccessToken rejected) {
        AccountGrant cached = current;
        if (cached != null && !cached.needsRefresh(clock.instant(), policy.refreshSkew())
                && !cached.accessToken().equals(rejected)) {
            return cached; // another caller fetched it while this one was on its way in
        }
        backoff.blockedUntil(account, clock.instant()).ifPresent(notBefore -> {
            throw new ZoomUnavailable("Zoom failed the last Server-to-Server token fetch; next attempt after " + notBefore);
        });
        try {
            AccountGrant fetched = oauth.fetchAccountToken(account);
            current = fetched;
            backoff.reset(account);
            return fetched;
        } catch (ZoomUnavailable | RateLimited zoomDown) {
            backoff.failed(account, clock.instant());
            throw zoomDown;
        }
    }
}
