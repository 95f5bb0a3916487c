package io.zoomoauth.adapters.persistence.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.exceptions.DataAccessException;
import io.zoomoauth.adapters.persistence.support.Grants;
import io.zoomoauth.adapters.persistence.support.Keys;
import io.zoomoauth.adapters.persistence.support.VaultContext;
import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.adapters.persistence.testing.TcpRelay;
import io.zoomoauth.adapters.persistence.testing.TestDatabases;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.RefreshLease;
import io.zoomoauth.domain.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A real MariaDB cut off behind a relay the test controls (frozen like {@code SIGSTOP}, or killed): every store
 * failure leaves the adapter as a {@link DataAccessException}, within the pool and driver timeouts, and the store
 * works again once the database is back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbOutageTest {

    /** The storage timeouts at their defaults (zoom.storage.*): the test only proves that they bound every call. */
    static final Map<String, Object> TIMEOUTS = Map.of();
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration BOUND = Duration.ofSeconds(4);

    private final MutableClock clock = new MutableClock(T0);
    private JdbcDatabase database;
    private TcpRelay relay;
    private VaultContext vault;
    private GrantStore store;

    @BeforeAll
    void start() {
        database = TestDatabases.mariaDb().createDatabase("outage");
        relay = TcpRelay.before(database);
        vault = VaultContext.start(relay.inFrontOf(database), Keys.randomBase64(), clock, TIMEOUTS);
        store = vault.grants();
    }

    @AfterAll
    void stop() {
        vault.close();
        relay.close();
        TestDatabases.mariaDb().dropDatabase(database);
    }

    @Test
    void aFrozenOrKilledDatabaseFailsEveryStoreCallAsADataAccessExceptionWithinTheTimeouts() {
        Grant grant = store.saveConnected(Grants.connected("u-outage", T0), Grants.CONNECTED);
        RefreshLease lease = store.tryAcquireRefreshLease(grant.userId(), "a", T0, Duration.ofSeconds(30)).orElseThrow();
        Grant rotated = grant.refreshed(Grants.tokens(T0), T0);

        relay.freeze();
        failsFast(() -> store.find(grant.userId()));
        failsFast(() -> store.saveUnderLease(rotated, lease));
        failsFast(() -> store.countByStatus(grant.status()));

        relay.kill();
        failsFast(() -> store.find(grant.userId()));
        failsFast(() -> store.saveUnderLease(rotated, lease));

        relay.resume();
        assertThat(store.saveUnderLease(rotated, lease)).isEqualTo(store.find(grant.userId()).orElseThrow());
    }

    private static void failsFast(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        long start = System.nanoTime();
        assertThatThrownBy(call).isInstanceOf(DataAccessException.class)
                .hasMessageStartingWith("The database is unavailable");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
    }
}
