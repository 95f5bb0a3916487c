package io.zoomoauth.domain.error;

/**
 * This instance had no free connection to Zoom within its bounded wait, so the call was never sent: local
 * overload, not a Zoom outage. Nothing happened at Zoom; the caller may simply try again shortly. Not retried here
 * (a retry would only lengthen the queue) and no reason to back off refreshing a grant.
 */
public final class ZoomBusy extends DomainFailure {

    public ZoomBusy(String detail, Throwable cause) {
        super("No free connection to Zoom: " + detail, null, cause);
    }
}
