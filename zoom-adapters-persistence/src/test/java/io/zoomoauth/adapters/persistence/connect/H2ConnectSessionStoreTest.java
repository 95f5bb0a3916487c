package io.zoomoauth.adapters.persistence.connect;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class H2ConnectSessionStoreTest extends ConnectSessionStoreContract {

    H2ConnectSessionStoreTest() {
        super(DatabaseTarget.H2);
    }
}
