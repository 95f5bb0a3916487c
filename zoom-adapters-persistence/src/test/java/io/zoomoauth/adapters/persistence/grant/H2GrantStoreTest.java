package io.zoomoauth.adapters.persistence.grant;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class H2GrantStoreTest extends GrantStoreContract {

    H2GrantStoreTest() {
        super(DatabaseTarget.H2);
    }
}
