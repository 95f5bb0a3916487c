package io.zoomoauth.domain.connect;

/** Why a connection did not happen, as the organisation's app reads it in {@code error=} on its return URL. */
public enum ConnectError {
    /** The user declined on Zoom's consent page. */
    ACCESS_DENIED,
    /** Zoom refused the code or reported another error: start again. */
    AUTHORIZATION_FAILED,
    /** Zoom could not be reached or failed. */
    ZOOM_UNAVAILABLE,
    /** The link was already used (the flow completed or failed). */
    SESSION_USED,
    SESSION_EXPIRED,
    SESSION_CANCELLED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
