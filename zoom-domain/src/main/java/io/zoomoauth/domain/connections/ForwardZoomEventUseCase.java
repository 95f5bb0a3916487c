package io.zoomoauth.domain.connections;

/** In-port: record a verified Zoom event for the organisation's backend ({@code zoom.event}). */
public interface ForwardZoomEventUseCase {

    /** Stores the event durably; false when it was stored before (Zoom retried it). */
    boolean forward(ZoomEventNotice notice);
}
