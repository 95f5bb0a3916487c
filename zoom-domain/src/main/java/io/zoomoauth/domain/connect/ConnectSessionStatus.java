package io.zoomoauth.domain.connect;

/** Where a connect session stands. EXPIRED is never stored: it is a PENDING session past its expiry. */
public enum ConnectSessionStatus {
    PENDING, COMPLETED, FAILED, EXPIRED, CANCELLED
}
