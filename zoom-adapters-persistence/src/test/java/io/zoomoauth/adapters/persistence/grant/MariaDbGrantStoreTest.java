package io.zoomoauth.adapters.persistence.grant;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class MariaDbGrantStoreTest extends GrantStoreContract {

    MariaDbGrantStoreTest() {
        super(DatabaseTarget.MARIADB);
    }
}
