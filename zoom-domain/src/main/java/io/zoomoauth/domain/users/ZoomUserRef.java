package io.zoomoauth.domain.users;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.util.regex.Pattern;

/**
 * How a Zoom API path names a user: {@code me} (a user's own token), a Zoom user id, or an email
 * (Server-to-Server). Anything else is refused before a request is built.
 */
public record ZoomUserRef(String value) {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9.\\-]{1,253}\\.[A-Za-z]{2,63}");
    public static final ZoomUserRef ME = new ZoomUserRef("me");

    public ZoomUserRef {
        Check.notNull(value, "userId");
        if (!isPlausible(value)) {
            throw new IllegalArgumentException("userId must be 'me', a Zoom user id or an email address");
        }
    }

    public static boolean isPlausible(String candidate) {
        return candidate != null
                && ("me".equals(candidate) || ZoomUserId.isValid(candidate) || EMAIL.matcher(candidate).matches());
    }

    public static ZoomUserRef of(ZoomUserId id) {
        return new ZoomUserRef(id.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
