package io.zoomoauth.adapters.persistence.support;

import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.adapters.persistence.testing.TestDatabases;

/** Where a contract test runs: each subclass of a contract picks one. */
public enum DatabaseTarget {
    H2 {
        @Override
        public JdbcDatabase newDatabase(String name) {
            return TestDatabases.h2InMemory(name);
        }
    },
    MARIADB {
        @Override
        public JdbcDatabase newDatabase(String name) {
            return TestDatabases.mariaDb().createDatabase(name);
        }
    };

    public abstract JdbcDatabase newDatabase(String name);

    /** Drops a server database again (matters on an external server); in-memory H2 ones die with the JVM. */
    public void release(JdbcDatabase database) {
        if (!database.isH2()) {
            TestDatabases.mariaDb().dropDatabase(database);
        }
    }
}
