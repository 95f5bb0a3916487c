package io.zoomoauth.adapters.persistence.events;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class H2EventOutboxTest extends EventOutboxContract {

    H2EventOutboxTest() {
        super(DatabaseTarget.H2);
    }
}
