package io.zoomoauth.adapters.http.support;

import io.micronaut.http.client.HttpClientConfiguration;
import jakarta.inject.Singleton;

/**
 * The transport settings of every declarative Zoom client ({@code @Client(configuration = …)}), built from
 * {@code zoom.http.*}: timeouts, no redirects, and a bounded pool with a bounded wait, so a burst of callers queues
 * briefly for a connection instead of opening one each, and beyond that is refused at once ({@code zoom_busy},
 * see {@link ZoomConnectionMeter#refusedForBusyPool}) instead of waiting out the read timeout.
 */
@Singleton
public final class ZoomClientConfiguration extends HttpClientConfiguration {

    private final ConnectionPoolConfiguration pool = new ConnectionPoolConfiguration();

    public ZoomClientConfiguration(ZoomHttpProperties properties) {
        setConnectTimeout(properties.connectTimeout());
        setReadTimeout(properties.readTimeout());
        setFollowRedirects(false);
        pool.setMaxConcurrentHttp1Connections(properties.maxConnections());
        pool.setAcquireTimeout(properties.poolWait());
        pool.setMaxPendingAcquires(properties.maxWaiting());
        // Micronaut opens at most 4 connections at a time by default: a cold burst of 400 callers would wait 100
        // connect rounds (and the pool wait covers opening a connection). Let the pool grow as fast as it is asked to.
        pool.setMaxPendingConnections(properties.maxConnections());
    }

    @Override
    public ConnectionPoolConfiguration getConnectionPoolConfiguration() {
        return pool;
    }
}
