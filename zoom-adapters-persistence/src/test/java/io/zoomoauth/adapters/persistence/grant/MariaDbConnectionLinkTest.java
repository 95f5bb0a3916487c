package io.zoomoauth.adapters.persistence.grant;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class MariaDbConnectionLinkTest extends ConnectionLinkContract {

    MariaDbConnectionLinkTest() {
        super(DatabaseTarget.MARIADB);
    }
}
