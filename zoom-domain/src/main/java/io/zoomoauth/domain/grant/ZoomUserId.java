package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Chars;

/** Zoom's id of a user (e.g. {@code KdYKjnimT4KPd8FFgQt9FQ}); case-sensitive. */
public record ZoomUserId(String value) {

    static final String SHAPE = "1 to 64 letters, digits, '_' or '-'";

    public ZoomUserId {
        Chars.require(value, isValid(value), "zoomUserId", SHAPE);
    }

    /** {@code [A-Za-z0-9_-]{1,64}}, checked on every request naming a user. */
    public static boolean isValid(String candidate) {
        return Chars.all(candidate, 1, 64, Chars.URL_SAFE);
    }

    @Override
    public String toString() {
        return value;
    }
}
