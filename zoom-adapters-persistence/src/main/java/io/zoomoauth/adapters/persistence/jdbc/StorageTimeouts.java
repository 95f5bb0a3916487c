package io.zoomoauth.adapters.persistence.jdbc;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Bounds every wait on the database ({@code zoom.storage.*}), so an unreachable or frozen database fails a call
 * within seconds instead of holding it for the whole outage: Hikari's defaults wait 30 s for a connection and
 * Connector/J waits forever on a socket that never answers.
 *
 * @param poolTimeout    how long a caller waits for a pooled connection (Hikari {@code connectionTimeout})
 * @param connectTimeout how long the driver waits for a TCP connection (Connector/J {@code connectTimeout})
 * @param socketTimeout  how long the driver waits for any answer on an open connection (Connector/J
 *                       {@code socketTimeout}): also the limit of one statement, so raise it for a migration that
 *                       rewrites a large table
 */
@ConfigurationProperties("zoom.storage")
public record StorageTimeouts(
        @Bindable(defaultValue = "2s") Duration poolTimeout,
        @Bindable(defaultValue = "2s") Duration connectTimeout,
        @Bindable(defaultValue = "3s") Duration socketTimeout) {

    /** Hikari's floor for both its connection and validation timeouts. */
    private static final Duration HIKARI_MINIMUM = Duration.ofMillis(250);

    public StorageTimeouts {
        atLeast(poolTimeout, HIKARI_MINIMUM, "zoom.storage.pool-timeout");
        atLeast(connectTimeout, Duration.ofMillis(1), "zoom.storage.connect-timeout");
        atLeast(socketTimeout, Duration.ofMillis(1), "zoom.storage.socket-timeout");
    }

    /** Applies the timeouts to every datasource before its pool is built (H2 ignores the driver's two). */
    @Singleton
    static final class ApplyToDatasources implements BeanCreatedEventListener<DatasourceConfiguration> {

        private final StorageTimeouts timeouts;

        ApplyToDatasources(StorageTimeouts timeouts) {
            this.timeouts = timeouts;
        }

        @Override
        public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
            DatasourceConfiguration pool = event.getBean();
            pool.setConnectionTimeout(timeouts.poolTimeout().toMillis());
            // A pooled connection is checked before it is handed out; that check must end well within the pool wait.
            pool.setValidationTimeout(Math.max(HIKARI_MINIMUM.toMillis(), timeouts.poolTimeout().toMillis() / 2));
            pool.addDataSourceProperty("connectTimeout", Long.toString(timeouts.connectTimeout().toMillis()));
            pool.addDataSourceProperty("socketTimeout", Long.toString(timeouts.socketTimeout().toMillis()));
            return pool;
        }
    }

    private static void atLeast(Duration value, Duration minimum, String name) {
        if (value == null || value.compareTo(minimum) < 0) {
            throw new IllegalArgumentException(name + " must be at least " + minimum.toMillis() + " ms");
        }
    }
}
