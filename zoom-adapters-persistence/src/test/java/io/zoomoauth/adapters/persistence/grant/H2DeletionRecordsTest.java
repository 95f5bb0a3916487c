package io.zoomoauth.adapters.persistence.grant;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class H2DeletionRecordsTest extends DeletionRecordsContract {

    H2DeletionRecordsTest() {
        super(DatabaseTarget.H2);
    }
}
