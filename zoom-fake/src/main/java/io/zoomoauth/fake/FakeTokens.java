package io.zoomoauth.fake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's tokens and grants. Refresh rotates: the presented refresh token dies at once and every later use
 * of it is counted as reuse. A new authorization of the same user for the same app revokes the old grant.
 * All methods are synchronized: a rotation is atomic, as it is at Zoom.
 */
final class FakeTokens {

    /** Real Zoom tokens run to several hundred characters; 520 random bytes give 694. */
    private static final int TOKEN_BYTES = 520;

    record Issued(String accessToken, String refreshToken, long expiresIn, String scope) {
    }

    /** A valid access token: whose it is. {@code userId} is null for a Server-to-Server token. */
    record Principal(String clientId, String userId, String accountId, String scope) {
        boolean isAccountToken() {
            return userId == null;
        }
    }

    enum RefreshRefusal { UNKNOWN, REUSED, REVOKED, EXPIRED, OTHER_CLIENT }

    /** Either new tokens or why not. */
    record RefreshOutcome(Issued issued, RefreshRefusal refusal) {
        static RefreshOutcome refused(RefreshRefusal refusal) {
            return new RefreshOutcome(null, refusal);
        }
    }

    private static final class Grant {
        final String clientId;
        final String userId;
        final String accountId;
        final String scope;
        boolean revoked;
        String refreshToken;
        Instant refreshIssuedAt;

        Grant(String clientId, String userId, String accountId, String scope) {
            this.clientId = clientId;
            this.userId = userId;
            this.accountId = accountId;
            this.scope = scope;
        }
    }

    private record Access(Grant grant, Principal principal, Instant expiresAt) {
    }

    private final Clock clock;
    private final FakeCounters counters;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Access> accessTokens = new HashMap<>();
    private final Map<String, Grant> currentRefreshTokens = new HashMap<>();
    private final Map<String, Grant> retiredRefreshTokens = new HashMap<>();
    private Duration accessLifetime = Duration.ofSeconds(3599);
    private Duration refreshLifetime = Duration.ofDays(90);

    FakeTokens(Clock clock, FakeCounters counters) {
        this.clock = clock;
        this.counters = counters;
    }

    synchronized void setAccessLifetime(Duration lifetime) {
        accessLifetime = lifetime;
    }

    synchronized void setRefreshLifetime(Duration lifetime) {
        refreshLifetime = lifetime;
    }

    /** A user's consent became a grant; the user's earlier grant for this app is revoked (Zoom error 4741). */
    synchronized Issued grantForUser(String clientId, String userId, String accountId, String scope) {
        accessTokens.values().stream().map(Access::grant)
                .filter(grant -> grant != null && grant.clientId.equals(clientId) && userId.equals(grant.userId))
                .forEach(grant -> grant.revoked = true);
        currentRefreshTokens.values().stream()
                .filter(grant -> grant.clientId.equals(clientId) && userId.equals(grant.userId))
                .forEach(grant -> grant.revoked = true);
        Grant grant = new Grant(clientId, userId, accountId, scope);
        return issue(grant);
    }

    synchronized Issued accountToken(String clientId, String accountId, String scope) {
        String token = newToken();
        accessTokens.put(token, new Access(null, new Principal(clientId, null, accountId, scope),
                clock.instant().plus(accessLifetime)));
        return new Issued(token, null, accessLifetime.toSeconds(), scope);
    }

    /** Rotates: a new access and refresh token; the presented refresh token is dead from now on. */
    synchronized RefreshOutcome refresh(String clientId, String refreshToken) {
        Grant grant = currentRefreshTokens.get(refreshToken);
        if (grant == null) {
            if (retiredRefreshTokens.containsKey(refreshToken)) {
                counters.refreshTokenReused();
                return RefreshOutcome.refused(RefreshRefusal.REUSED);
            }
            return RefreshOutcome.refused(RefreshRefusal.UNKNOWN);
        }
        if (!grant.clientId.equals(clientId)) {
            return RefreshOutcome.refused(RefreshRefusal.OTHER_CLIENT);
        }
        if (grant.revoked) {
            return RefreshOutcome.refused(RefreshRefusal.REVOKED);
        }
        if (grant.refreshIssuedAt.plus(refreshLifetime).isBefore(clock.instant())) {
            return RefreshOutcome.refused(RefreshRefusal.EXPIRED);
        }
        currentRefreshTokens.remove(refreshToken);
        retiredRefreshTokens.put(refreshToken, grant);
        return new RefreshOutcome(issue(grant), null);
    }

    synchronized Optional<Principal> validAccessToken(String token) {
        Access access = token == null ? null : accessTokens.get(token);
        if (access == null || !clock.instant().isBefore(access.expiresAt())
                || access.grant() != null && access.grant().revoked) {
            return Optional.empty();
        }
        return Optional.of(access.principal());
    }

    /** Revokes the grant that {@code token} (access or refresh) belongs to; false when the token is unknown or dead. */
    synchronized boolean revoke(String clientId, String token) {
        Access access = accessTokens.get(token);
        Grant grant = access != null ? access.grant() : currentRefreshTokens.get(token);
        if (access != null && grant == null && access.principal().clientId().equals(clientId)) {
            accessTokens.remove(token);
            return true;
        }
        if (grant == null || grant.revoked || !grant.clientId.equals(clientId)) {
            return false;
        }
        grant.revoked = true;
        return true;
    }

    synchronized void expireAccessTokens(String userId) {
        Instant past = clock.instant().minusSeconds(1);
        accessTokens.replaceAll((token, access) -> userId.equals(access.principal().userId())
                ? new Access(access.grant(), access.principal(), past) : access);
    }

    synchronized void revokeGrants(String userId) {
        accessTokens.values().stream().map(Access::grant).filter(grant -> grant != null && userId.equals(grant.userId))
                .forEach(grant -> grant.revoked = true);
        currentRefreshTokens.values().stream().filter(grant -> userId.equals(grant.userId))
                .forEach(grant -> grant.revoked = true);
    }

    private Issued issue(Grant grant) {
        String access = newToken();
        String refresh = newToken();
        grant.refreshToken = refresh;
        grant.refreshIssuedAt = clock.instant();
        accessTokens.put(access, new Access(grant, new Principal(grant.clientId, grant.userId, grant.accountId,
                grant.scope), clock.instant().plus(accessLifetime)));
        currentRefreshTokens.put(refresh, grant);
        return new Issued(access, refresh, accessLifetime.toSeconds(), grant.scope);
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
