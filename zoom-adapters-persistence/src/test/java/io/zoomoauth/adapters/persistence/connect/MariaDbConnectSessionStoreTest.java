package io.zoomoauth.adapters.persistence.connect;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class MariaDbConnectSessionStoreTest extends ConnectSessionStoreContract {

    MariaDbConnectSessionStoreTest() {
        super(DatabaseTarget.MARIADB);
    }
}
