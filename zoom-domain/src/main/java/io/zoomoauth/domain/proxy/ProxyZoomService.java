package io.zoomoauth.domain.proxy;

import io.zoomoauth.domain.access.ZoomApiAccess;
import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.common.Stages;
import io.zoomoauth.domain.error.AccessTokenRejected;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.users.ZoomUserRef;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Forwards requests with the credentials {@link ZoomApiAccess} chooses (and its one refresh and retry on 401 code
 * 124). A path naming a user ({@code users/{x}/…}) is held to who the token acts for:
 * <ul>
 *   <li>a user's own grant acts only as that user: {@code x} must be {@code me} or the user's own id (sent as
 *       {@code me}); any other user is refused before Zoom is called;</li>
 *   <li>the Server-to-Server token acts for the whole account: {@code me} is replaced by the user the request is
 *       for (with this token Zoom's {@code me} would be the account owner), any other user of the account is allowed.</li>
 * </ul>
 * With the user's token in memory the call is made without blocking ({@link #forwardCached}); everything that may
 * wait (the store, a refresh, the 124 retry) runs on {@code blocking}.
 */
public final class ProxyZoomService implements ProxyZoomUseCase {

    private final ZoomApiAccess access;
    private final ZoomProxyPort zoom;
    private final Executor blocking;

    public ProxyZoomService(ZoomApiAccess access, ZoomProxyPort zoom, Executor blocking) {
        this.access = Check.notNull(access, "access");
        this.zoom = Check.notNull(zoom, "zoom");
        this.blocking = Check.notNull(blocking, "blocking");
    }

    @Override
    public ProxyResponse forward(ZoomUserRef user, ProxyRequest request) {
        Check.notNull(user, "user");
        Check.notNull(request, "request");
        return access.onBehalfOf(user, (token, pathUser) -> zoom.send(token, scoped(request, user, pathUser)));
    }

    @Override
    public Optional<CompletionStage<ProxyResponse>> forwardCached(ZoomUserRef user, ProxyRequest request) {
        Check.notNull(user, "user");
        Check.notNull(request, "request");
        Optional<AccessToken> cached = access.cachedUserToken(user);
        if (cached.isEmpty()) {
            return Optional.empty();
        }
        AccessToken token = cached.get();
        ProxyRequest scoped = scoped(request, user, ZoomUserRef.ME);
        ZoomUserId userId = new ZoomUserId(user.value());
        return Optional.of(zoom.sendAsync(token, scoped).exceptionallyCompose(failure -> {
            if (Stages.unwrapped(failure) instanceof AccessTokenRejected) {
                return CompletableFuture.supplyAsync(() -> access.afterRejected(userId, token,
                        (fresh, pathUser) -> zoom.send(fresh, scoped)), blocking);
            }
            return CompletableFuture.failedStage(failure);
        }));
    }

    private static ProxyRequest scoped(ProxyRequest request, ZoomUserRef user, ZoomUserRef pathUser) {
        String named = request.path().namedUser().orElse(null);
        if (named == null) {
            return request;
        }
        boolean userGrant = ZoomUserRef.ME.equals(pathUser);
        if (userGrant) {
            if (!named.equals("me") && !named.equals(user.value())) {
                throw new ProxyPathRefused(ProxyPathRefused.Reason.OTHER_USER, "with the user's own Zoom grant a path may "
                        + "name only users/me (or the user's own id); other users need the Server-to-Server app");
            }
            return request.withPath(request.path().withUser("me"));
        }
        return named.equals("me") ? request.withPath(request.path().withUser(pathUser.value())) : request;
    }
}
