package io.zoomoauth.domain.users;

import io.zoomoauth.domain.common.Check;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.common.Chars;

/**
 * How a Zoom API path names a user: {@code me} (a user's own token), a Zoom user id, or an email
 * (Server-to-Server). Anything else is refused before a request is built.
 */
public record ZoomUserRef(String value) {

    private static final Chars.CharClass LOCAL_PART = c -> Chars.isLetterOrDigit(c) || ".%+_-".indexOf(c) >= 0;
    private static final Chars.CharClass HOST = c -> Chars.isLetterOrDigit(c) || c == '.' || c == '-';
    public static final ZoomUserRef ME = new ZoomUserRef("me");

    public ZoomUserRef {
        Check.notNull(value, "userId");
        if (!isPlausible(value)) {
            throw new IllegalArgumentException("userId must be 'me', a Zoom user id or an email address");
        }
    }

    public static boolean isPlausible(String candidate) {
        return candidate != null
                && ("me".equals(candidate) || ZoomUserId.isValid(candidate) || isEmail(candidate));
    }

    /**
     * {@code [A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}}: one '@'; after it a host whose last dot
     * ends 1 to 253 characters in and is followed by 2 to 63 letters.
     */
    private static boolean isEmail(String candidate) {
        int at = candidate.indexOf('@');
        if (at < 1 || at > 64 || !Chars.range(candidate, 0, at, LOCAL_PART)) {
            return false;
        }
        int lastDot = candidate.lastIndexOf('.');
        int host = at + 1;
        int tld = candidate.length() - lastDot - 1;
        return lastDot - host >= 1 && lastDot - host <= 253 && tld >= 2 && tld <= 63
                && Chars.range(candidate, host, lastDot, HOST) && Chars.range(candidate, lastDot + 1, candidate.length(),
                Chars::isLetter);
    }

    public static ZoomUserRef of(ZoomUserId id) {
        return new ZoomUserRef(id.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
