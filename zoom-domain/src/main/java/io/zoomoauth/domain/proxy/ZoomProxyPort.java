package io.zoomoauth.domain.proxy;

import io.zoomoauth.domain.token.AccessToken;

/**
 * Out-port: forwards one request to Zoom's REST API with {@code accessToken} and returns Zoom's answer as it came.
 * Throws {@link io.zoomoauth.domain.error.AccessTokenRejected} for 401 code 124,
 * {@link io.zoomoauth.domain.error.RateLimited} for 429 and {@link io.zoomoauth.domain.error.ZoomUnavailable} when no
 * answer came; every other answer (2xx, 4xx, 5xx) is returned. Only GET is repeated after a failure.
 */
public interface ZoomProxyPort {

    ProxyResponse send(AccessToken accessToken, ProxyRequest request);
}
