package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Check;

/** Zoom's id of an account; case-sensitive. */
public record ZoomAccountId(String value) {

    public ZoomAccountId {
        Check.matches(value, ZoomUserId.ZOOM_ID, "zoomAccountId", "1 to 64 letters, digits, '_' or '-'");
    }

    @Override
    public String toString() {
        return value;
    }
}
