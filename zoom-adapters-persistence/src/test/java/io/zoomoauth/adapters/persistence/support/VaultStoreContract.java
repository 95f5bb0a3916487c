package io.zoomoauth.adapters.persistence.support;

import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.domain.testing.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The life of a store contract test: one fresh database and one vault per test class (on H2 or MariaDB, as the
 * subclass's target says), the contract's tables emptied and the clock reset before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class VaultStoreContract {

    protected final DatabaseTarget target;
    protected final String key = Keys.randomBase64();
    protected final MutableClock clock;
    protected JdbcDatabase database;
    protected VaultContext vault;
    protected RawSql sql;

    private final String databasePrefix;
    private final Instant start;
    private final String[] tables;

    protected VaultStoreContract(DatabaseTarget target, String databasePrefix, Instant start, String... tables) {
        this.target = target;
        this.databasePrefix = databasePrefix;
        this.start = start;
        this.tables = tables.clone();
        this.clock = new MutableClock(start);
    }

    @BeforeAll
    void startVault() {
        database = target.newDatabase(databasePrefix);
        vault = VaultContext.start(database, key, clock);
        sql = new RawSql(database);
    }

    @AfterAll
    void stopVault() {
        vault.close();
        target.release(database);
    }

    @BeforeEach
    void emptyTablesAndResetTheClock() {
        sql.deleteAll(tables);
        clock.set(start);
    }
}
