package io.zoomoauth.adapters.persistence.idempotency;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class MariaDbIdempotencyStoreTest extends IdempotencyStoreContract {

    MariaDbIdempotencyStoreTest() {
        super(DatabaseTarget.MARIADB);
    }
}
