package io.zoomoauth.domain.testing;

import io.zoomoauth.domain.error.InvalidGrant;
import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.oauth.AuthorizationState;
import io.zoomoauth.domain.oauth.PkceVerifier;
import io.zoomoauth.domain.oauth.ZoomOAuthPort;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.Scopes;
import io.zoomoauth.domain.token.TokenSet;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A stand-in for Zoom's token endpoint that rotates like Zoom: only the latest refresh token works.
 * (The HTTP-level fake Zoom server lives in the HTTP adapter's tests.)
 */
public class RotatingOAuth implements ZoomOAuthPort {

    private final Clock clock;
    private final AtomicInteger generation = new AtomicInteger();
    public final AtomicInteger refreshCalls = new AtomicInteger();
    public final AtomicInteger reuse = new AtomicInteger();
    public final List<AccessToken> revoked = new ArrayList<>();
    private volatile String liveRefreshToken;
    private volatile Duration lifetime = Duration.ofHours(1);
    private volatile Duration latency = Duration.ZERO;
    private volatile Supplier<RuntimeException> failure;
    private volatile Runnable meanwhile = () -> { };

    public RotatingOAuth(Clock clock, String liveRefreshToken) {
        this.clock = clock;
        this.liveRefreshToken = liveRefreshToken;
    }

    public void failWith(Supplier<RuntimeException> next) {
        this.failure = next;
    }

    /** Runs while Zoom "works on" a refresh, after it rotated and before it answers: a late answer. */
    public void whileAnswering(Runnable meanwhile) {
        this.meanwhile = meanwhile;
    }

    public void latency(Duration latency) {
        this.latency = latency;
    }

    public String liveRefreshToken() {
        return liveRefreshToken;
    }

    @Override
    public URI authorizationUri(AuthorizationState state, String s256CodeChallenge, URI redirectUri) {
        return URI.create("https://zoom.example/oauth/authorize?state=" + state.value() + "&code_challenge="
                + s256CodeChallenge);
    }

    @Override
    public TokenSet exchangeCode(String code, PkceVerifier verifier, URI redirectUri) {
        return issue();
    }

    @Override
    public synchronized TokenSet refresh(RefreshToken refreshToken) {
        refreshCalls.incrementAndGet();
        sleep();
        Supplier<RuntimeException> f = failure;
        if (f != null) {
            throw f.get();
        }
        if (!refreshToken.value().equals(liveRefreshToken)) {
            reuse.incrementAndGet();
            throw new InvalidGrant("invalid_grant", "track-1");
        }
        TokenSet issued = issue();
        meanwhile.run();
        return issued;
    }

    private TokenSet issue() {
        int g = generation.incrementAndGet();
        liveRefreshToken = "refresh-gen" + g;
        return new TokenSet(new AccessToken("access-gen" + g), clock.instant().plus(lifetime),
                new RefreshToken(liveRefreshToken), clock.instant(), Scopes.parse("meeting:write:meeting"));
    }

    @Override
    public synchronized void revoke(AccessToken accessToken) {
        revoked.add(accessToken);
    }

    @Override
    public AccountGrant fetchAccountToken(ZoomAccountId accountId) {
        int g = generation.incrementAndGet();
        return new AccountGrant(accountId, new AccessToken("s2s-gen" + g), clock.instant().plus(lifetime),
                Scopes.none());
    }

    private void sleep() {
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
