package io.zoomoauth.domain.error;

/** The service refuses new work it has no room for right now (overload, not a fault); worth retrying later. */
public final class ServiceBusy extends DomainFailure {

    public ServiceBusy(String message) {
        super(message, null, null);
    }
}
