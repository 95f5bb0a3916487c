package io.zoomoauth.adapters.persistence.events;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class MariaDbEventOutboxTest extends EventOutboxContract {

    MariaDbEventOutboxTest() {
        super(DatabaseTarget.MARIADB);
    }
}
