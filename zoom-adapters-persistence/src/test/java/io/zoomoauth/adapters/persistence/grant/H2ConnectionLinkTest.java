package io.zoomoauth.adapters.persistence.grant;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class H2ConnectionLinkTest extends ConnectionLinkContract {

    H2ConnectionLinkTest() {
        super(DatabaseTarget.H2);
    }
}
