package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Chars;

/** Zoom's id of an account; case-sensitive. */
public record ZoomAccountId(String value) {

    public ZoomAccountId {
        Chars.require(value, ZoomUserId.isValid(value), "zoomAccountId", ZoomUserId.SHAPE);
    }

    @Override
    public String toString() {
        return value;
    }
}
