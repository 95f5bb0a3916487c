package io.zoomoauth.app.ops;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.zoomoauth.domain.access.AccessTokenService;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * {@code /health} → {@code pendingRotations}: how many rotated token pairs only this process holds. Not a reason to
 * take the instance out of service (it is the one serving those grants), so the status stays UP; watch the count.
 */
@Singleton
public class PendingRotationsHealth implements HealthIndicator {

    private final AccessTokenService tokens;

    public PendingRotationsHealth(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("pendingRotations", HealthStatus.UP)
                .details(Map.of("count", tokens.pendingRotations())).build());
    }
}
