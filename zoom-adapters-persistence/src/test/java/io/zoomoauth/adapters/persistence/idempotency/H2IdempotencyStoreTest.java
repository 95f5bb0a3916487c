package io.zoomoauth.adapters.persistence.idempotency;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class H2IdempotencyStoreTest extends IdempotencyStoreContract {

    H2IdempotencyStoreTest() {
        super(DatabaseTarget.H2);
    }
}
