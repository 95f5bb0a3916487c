package io.zoomoauth.adapters.persistence.connections;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class H2ProcessedEventStoreTest extends ProcessedEventStoreContract {

    H2ProcessedEventStoreTest() {
        super(DatabaseTarget.H2);
    }
}
