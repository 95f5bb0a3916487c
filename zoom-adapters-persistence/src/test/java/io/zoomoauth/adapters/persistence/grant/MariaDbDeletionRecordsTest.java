package io.zoomoauth.adapters.persistence.grant;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class MariaDbDeletionRecordsTest extends DeletionRecordsContract {

    MariaDbDeletionRecordsTest() {
        super(DatabaseTarget.MARIADB);
    }
}
