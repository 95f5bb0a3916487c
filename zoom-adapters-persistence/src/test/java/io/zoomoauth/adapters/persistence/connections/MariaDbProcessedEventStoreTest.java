package io.zoomoauth.adapters.persistence.connections;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class MariaDbProcessedEventStoreTest extends ProcessedEventStoreContract {

    MariaDbProcessedEventStoreTest() {
        super(DatabaseTarget.MARIADB);
    }
}
