package io.zoomoauth.domain.access;

import static io.zoomoauth.domain.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.error.InvalidGrant;
import io.zoomoauth.domain.error.RateLimited;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.testing.Fixtures;
import io.zoomoauth.domain.testing.InMemoryGrantStore;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.domain.testing.RotatingOAuth;
import io.zoomoauth.domain.token.TokenPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeepAliveServiceTest {

    private final MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(31)));
    private final InMemoryGrantStore store = new InMemoryGrantStore();
    private final List<Duration> pauses = new ArrayList<>();

    private KeepAliveService service(RotatingOAuth zoom, int batch) {
        AccessTokenService tokens = new AccessTokenService(store, zoom, TokenPolicy.defaults(),
                RefreshSettings.defaults("a"), clock, RandomSource.secure(), pauses::add, TokenEvents.NONE);
        return new KeepAliveService(store, tokens, TokenPolicy.defaults(), batch, Duration.ofMillis(250), clock,
                pauses::add);
    }

    @Test
    void refreshesDueGrantsInBoundedPacedBatches() {
        for (int i = 0; i < 3; i++) {
            store.saveConnected(Fixtures.grant(new ZoomUserId("old" + i), "old" + i, T0.plusSeconds(i), Duration.ofHours(1)));
        }
        store.saveConnected(Fixtures.grant(new ZoomUserId("fresh"), "fresh", clock.instant(), Duration.ofHours(1)));
        RotatingOAuth zoom = new RotatingOAuth(clock, "refresh-old0") {
            @Override
            public synchronized io.zoomoauth.domain.token.TokenSet refresh(io.zoomoauth.domain.token.RefreshToken t) {
                refreshCalls.incrementAndGet();
                return Fixtures.tokens("new" + refreshCalls.get(), clock.instant(), Duration.ofHours(1));
            }
        };
        KeepAliveUseCase.BatchResult first = service(zoom, 2).runBatch();
        assertThat(first.due()).isEqualTo(2);
        assertThat(first.refreshed()).isEqualTo(2);
        assertThat(pauses).containsExactly(Duration.ofMillis(250));
        assertThat(service(zoom, 2).runBatch().refreshed()).isEqualTo(1);
        assertThat(service(zoom, 2).runBatch().due()).isZero();
        assertThat(zoom.refreshCalls.get()).isEqualTo(3);
    }

    @Test
    void deadGrantsMoveToReauthorizationRequired() {
        store.saveConnected(Fixtures.grant(new ZoomUserId("dead"), "dead", T0, Duration.ofHours(1)));
        RotatingOAuth zoom = new RotatingOAuth(clock, "refresh-dead");
        zoom.failWith(() -> new InvalidGrant("invalid_grant", null));
        KeepAliveUseCase.BatchResult result = service(zoom, 10).runBatch();
        assertThat(result.reauthorizationRequired()).isEqualTo(1);
        assertThat(store.find(new ZoomUserId("dead")).orElseThrow().status()).isEqualTo(GrantStatus.REAUTHORIZATION_REQUIRED);
    }

    @Test
    void aRateLimitEndsTheBatch() {
        store.saveConnected(Fixtures.grant(new ZoomUserId("a"), "a", T0, Duration.ofHours(1)));
        store.saveConnected(Fixtures.grant(new ZoomUserId("b"), "b", T0.plusSeconds(1), Duration.ofHours(1)));
        RotatingOAuth zoom = new RotatingOAuth(clock, "x");
        zoom.failWith(() -> new RateLimited(null, false, "slow down", null));
        KeepAliveUseCase.BatchResult result = service(zoom, 10).runBatch();
        assertThat(result.failed()).isEqualTo(1);
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
    }
}
