package io.zoomoauth.domain.proxy;

import io.zoomoauth.domain.common.Stages;
import io.zoomoauth.domain.token.AccessToken;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Out-port: forwards one request to Zoom's REST API with {@code accessToken} and returns Zoom's answer as it came,
 * without a thread waiting for it. The stage fails with {@link io.zoomoauth.domain.error.AccessTokenRejected} for
 * 401 code 124, {@link io.zoomoauth.domain.error.RateLimited} for 429 and
 * {@link io.zoomoauth.domain.error.ZoomUnavailable} when no answer came; every other answer (2xx, 4xx, 5xx) is the
 * result. Only GET is repeated after a failure.
 */
public interface ZoomProxyPort {

    CompletionStage<ProxyResponse> sendAsync(AccessToken accessToken, ProxyRequest request);

    /** The same, waiting for the answer (for callers already on a thread that may block). */
    default ProxyResponse send(AccessToken accessToken, ProxyRequest request) {
        try {
            return sendAsync(accessToken, request).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw Stages.unwrapped(e);
        }
    }
}
