package io.zoomoauth.domain.access;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.error.AccessTokenRejected;
import io.zoomoauth.domain.error.NotConnected;
import io.zoomoauth.domain.grant.DeletionRecords;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUserRef;
import java.util.Optional;

/**
 * Chooses the credentials for a call on behalf of a user, and applies Zoom's 124 rule in one place:
 * the user's own grant (path user {@code me}); if the user has none and a Server-to-Server app is
 * configured, the account token (path user = the given id or email) — but not for a user who removed the app
 * (a deletion recorded from Zoom's deauthorization), unless the caller asks for the account token explicitly;
 * else {@link NotConnected}. A 401 code 124 causes one refresh and one retry; a second 124 is passed on.
 */
public final class ZoomApiAccess {

    private final ObtainAccessTokenUseCase userTokens;
    private final AccountTokenService accountTokens;
    private final DeletionRecords deletions;

    public ZoomApiAccess(ObtainAccessTokenUseCase userTokens, AccountTokenService accountTokens,
                         DeletionRecords deletions) {
        this.userTokens = Check.notNull(userTokens, "userTokens");
        this.accountTokens = Check.notNull(accountTokens, "accountTokens");
        this.deletions = Check.notNull(deletions, "deletions");
    }

    /** @param user a Zoom user id, or (Server-to-Server only) an email */
    public <T> T onBehalfOf(ZoomUserRef user, ZoomCall<T> call) {
        return onBehalfOf(ActingFor.auto(user), call);
    }

    public <T> T onBehalfOf(ActingFor acting, ZoomCall<T> call) {
        ZoomUserRef user = acting.user();
        if (acting.credentials() == ActingFor.Credentials.ACCOUNT) {
            if (!accountTokens.isConfigured()) {
                throw new NotConnected(user.value(), "account credentials were asked for, but no Server-to-Server"
                        + " app is configured");
            }
            return asAccount(user, call);
        }
        if (ZoomUserId.isValid(user.value()) && !"me".equals(user.value())) {
            try {
                return asUser(new ZoomUserId(user.value()), call);
            } catch (NotConnected notConnected) {
                if (!accountTokens.isConfigured()) {
                    throw notConnected;
                }
            }
        } else if (!accountTokens.isConfigured()) {
            throw new NotConnected(user.value());
        }
        if (deletions.removedTheApp(user.value())) {
            throw new NotConnected(user.value(), "the user removed the app, so the account token does not stand in"
                    + " unasked (send X-Zoom-Credentials: account to use it anyway)");
        }
        return asAccount(user, call);
    }

    /** With the user's own grant only (e.g. {@code users/me}, which means nothing with an account token). */
    public <T> T asUser(ZoomUserId userId, ZoomCall<T> call) {
        AccessToken token = userTokens.accessTokenFor(userId);
        try {
            return call.call(token, ZoomUserRef.ME);
        } catch (AccessTokenRejected rejected) {
            return afterRejected(userId, token, call);
        }
    }

    /**
     * The user's own access token when it is in memory and not due, found without reading the store, refreshing or
     * waiting: the credentials {@link #onBehalfOf} would choose for {@code user} (a user's own grant comes first).
     * Empty otherwise, including for every user the account token would stand in for.
     */
    public Optional<AccessToken> cachedUserToken(ZoomUserRef user) {
        if (!ZoomUserId.isValid(user.value()) || "me".equals(user.value())) {
            return Optional.empty();
        }
        return userTokens.cachedAccessToken(new ZoomUserId(user.value()));
    }

    /** Zoom answered 401 code 124 to the user's {@code rejected} token: one refresh, one more call (path user me). */
    public <T> T afterRejected(ZoomUserId userId, AccessToken rejected, ZoomCall<T> call) {
        return call.call(userTokens.replaceRejected(userId, rejected), ZoomUserRef.ME);
    }

    private <T> T asAccount(ZoomUserRef user, ZoomCall<T> call) {
        AccessToken token = accountTokens.accessToken();
        try {
            return call.call(token, user);
        } catch (AccessTokenRejected rejected) {
            return call.call(accountTokens.replaceRejected(token), user);
        }
    }
}
