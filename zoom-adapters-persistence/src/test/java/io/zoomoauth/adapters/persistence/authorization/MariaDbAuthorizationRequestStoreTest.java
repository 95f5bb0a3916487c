package io.zoomoauth.adapters.persistence.authorization;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class MariaDbAuthorizationRequestStoreTest extends AuthorizationRequestStoreContract {

    MariaDbAuthorizationRequestStoreTest() {
        super(DatabaseTarget.MARIADB);
    }
}
