package io.zoomoauth.app.ops;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;

/**
 * {@code /health} → {@code jdbc}, with a hard deadline ({@code zoom.health.database-timeout}): Micronaut's own check
 * waits for a pooled connection and then up to 3 s more for it to answer, so a frozen database held {@code /health}
 * for as long as the pool let it. Past the deadline the answer is DOWN (503) at once; the abandoned probe ends by
 * itself within the driver's socket timeout.
 */
@Singleton
@Replaces(JdbcIndicator.class)
public class BoundedJdbcHealth implements HealthIndicator {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService probes = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "jdbc-health-probe");
        thread.setDaemon(true);
        return thread;
    });

    public BoundedJdbcHealth(DataSource dataSource, DataSourceResolver resolver,
                             @Value("${zoom.health.database-timeout:2s}") Duration timeout) {
        this.dataSource = resolver.resolve(dataSource);
        this.timeout = timeout;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        CompletableFuture<HealthResult> probe = CompletableFuture.supplyAsync(this::probe, probes)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> down("no answer from the database within " + timeout.toMillis() + " ms"));
        return Publishers.fromCompletableFuture(probe);
    }

    private HealthResult probe() {
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, timeout.toSeconds());
            if (!connection.isValid(seconds)) {
                return down("the database connection is not valid");
            }
            return HealthResult.builder("jdbc", HealthStatus.UP)
                    .details(Map.of("database", connection.getMetaData().getDatabaseProductName())).build();
        } catch (Exception e) {
            // The class only: driver messages may name hosts.
            return down("the database is unreachable (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static HealthResult down(String why) {
        return HealthResult.builder("jdbc", HealthStatus.DOWN).details(Map.of("error", why)).build();
    }

    @PreDestroy
    void stop() {
        probes.shutdownNow();
    }
}
