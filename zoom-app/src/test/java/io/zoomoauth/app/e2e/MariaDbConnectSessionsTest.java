package io.zoomoauth.app.e2e;

import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.adapters.persistence.testing.TestDatabases;
import java.util.HashMap;
import java.util.Map;

class MariaDbConnectSessionsTest extends ConnectSessionsContract {

    private final JdbcDatabase database = TestDatabases.mariaDb().createDatabase("e2esessions");

    @Override
    Map<String, Object> database() {
        return new HashMap<>(database.datasourceProperties());
    }

    @Override
    void dropDatabase() {
        TestDatabases.mariaDb().dropDatabase(database);
    }
}
