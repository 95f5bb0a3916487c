package io.zoomoauth.domain.grant;

import io.zoomoauth.domain.common.Check;

/**
 * The organisation's own id for one of its users: 1 to 255 printable characters, no surrounding spaces
 * (MySQL's and MariaDB's unique keys ignore trailing spaces, so "a" and "a " would collide).
 */
public record ExternalUserId(String value) {

    public static final int MAX_LENGTH = 255;

    public ExternalUserId {
        Check.printable(value, MAX_LENGTH, "externalUserId");
        if (value.isEmpty() || !value.strip().equals(value)) {
            throw new IllegalArgumentException("externalUserId must be 1 to " + MAX_LENGTH
                    + " printable characters without leading or trailing spaces");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
