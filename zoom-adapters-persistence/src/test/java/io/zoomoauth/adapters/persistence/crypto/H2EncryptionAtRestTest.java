package io.zoomoauth.adapters.persistence.crypto;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;

class H2EncryptionAtRestTest extends EncryptionAtRestContract {

    H2EncryptionAtRestTest() {
        super(DatabaseTarget.H2);
    }
}
