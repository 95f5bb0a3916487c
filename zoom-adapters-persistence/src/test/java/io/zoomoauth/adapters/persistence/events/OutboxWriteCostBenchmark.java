package io.zoomoauth.adapters.persistence.events;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;
import io.zoomoauth.adapters.persistence.support.Grants;
import io.zoomoauth.adapters.persistence.support.Keys;
import io.zoomoauth.adapters.persistence.support.VaultContext;
import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.RefreshLease;
import io.zoomoauth.domain.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (surefire's default includes skip it; bench/run-events.sh runs it): the added cost of the
 * outbox insert on the grant write path. The same fenced write of a grant is timed without an event (what every
 * refresh does) and with one (what a status change does), alternating, on H2 and on MariaDB.
 */
class OutboxWriteCostBenchmark {

    private static final int WARM_UP = 200;
    private static final int ROUNDS = 1000;

    @Test
    void measure() {
        for (DatabaseTarget target : DatabaseTarget.values()) {
            measure(target);
        }
    }

    private void measure(DatabaseTarget target) {
        JdbcDatabase database = target.newDatabase("outboxcost");
        Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
        try (VaultContext vault = VaultContext.start(database, Keys.randomBase64(), new MutableClock(t0))) {
            GrantStore grants = vault.grants();
            Grant grant = grants.saveConnected(Grants.connected("bench", t0), Grants.CONNECTED);
            long[] without = new long[ROUNDS];
            long[] with = new long[ROUNDS];
            long[] connects = new long[ROUNDS];
            for (int i = -WARM_UP; i < ROUNDS; i++) {
                long a = System.nanoTime();
                grant = fenced(grants, grant, false);
                long b = System.nanoTime();
                grant = fenced(grants, grant, true);
                long c = System.nanoTime();
                grants.saveConnected(Grants.connected("bench" + (i + WARM_UP), t0), Grants.CONNECTED);
                long d = System.nanoTime();
                if (i >= 0) {
                    without[i] = b - a;
                    with[i] = c - b;
                    connects[i] = d - c;
                }
            }
            System.out.printf("outbox write cost (%s, %d rounds): lease + fenced write without event p50 %.3f ms, "
                            + "with event p50 %.3f ms (added %.3f ms p50, %.3f ms mean); connect (insert + event) p50 %.3f ms%n",
                    target, ROUNDS, p50(without), p50(with), p50(with) - p50(without),
                    (mean(with) - mean(without)), p50(connects));
        } finally {
            target.release(database);
        }
    }

    private static Grant fenced(GrantStore grants, Grant grant, boolean withEvent) {
        RefreshLease lease = grants.tryAcquireRefreshLease(grant.userId(), "bench", Instant.parse("2026-11-23T10:00:00Z"),
                Duration.ofSeconds(30)).orElseThrow();
        Grant changed = grant.refreshed(Grants.tokens(Instant.parse("2026-11-23T10:00:00Z")), Instant.parse("2026-11-23T10:00:00Z"));
        return withEvent
                ? grants.saveUnderLease(changed, lease, Grants.EVENTS.reauthorizationRequired(changed, "benchmark"))
                : grants.saveUnderLease(changed, lease);
    }

    private static double p50(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }
}
