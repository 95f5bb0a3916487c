package io.zoomoauth.adapters.persistence.crypto;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class MariaDbEncryptionAtRestTest extends EncryptionAtRestContract {

    MariaDbEncryptionAtRestTest() {
        super(DatabaseTarget.MARIADB);
    }
}
