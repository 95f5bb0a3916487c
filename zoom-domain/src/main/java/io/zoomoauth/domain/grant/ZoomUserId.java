package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Check;
import java.util.regex.Pattern;

/** Zoom's id of a user (e.g. {@code KdYKjnimT4KPd8FFgQt9FQ}); case-sensitive. */
public record ZoomUserId(String value) {

    static final Pattern ZOOM_ID = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

    public ZoomUserId {
        Check.matches(value, ZOOM_ID, "zoomUserId", "1 to 64 letters, digits, '_' or '-'");
    }

    public static boolean isValid(String candidate) {
        return candidate != null && ZOOM_ID.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
