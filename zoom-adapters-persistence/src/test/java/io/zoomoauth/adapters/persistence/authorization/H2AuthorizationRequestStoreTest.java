package io.zoomoauth.adapters.persistence.authorization;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class H2AuthorizationRequestStoreTest extends AuthorizationRequestStoreContract {

    H2AuthorizationRequestStoreTest() {
        super(DatabaseTarget.H2);
    }
}
