package io.zoomoauth.domain.token;

import io.zoomoauth.domain.common.Check;
import java.time.Duration;

/**
 * The named, configurable timings of the token rules.
 *
 * @param refreshSkew   refresh an access token that expires within this much time (default 5 minutes)
 * @param keepAliveAge  refresh a dormant grant whose refresh token is older than this (default 30 days,
 *                      well inside Zoom's 90-day refresh-token lifetime)
 */
public record TokenPolicy(Duration refreshSkew, Duration keepAliveAge) {

    public static final Duration DEFAULT_REFRESH_SKEW = Duration.ofMinutes(5);
    public static final Duration DEFAULT_KEEP_ALIVE_AGE = Duration.ofDays(30);
    private static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(90);

    public TokenPolicy {
        Check.notNull(refreshSkew, "refreshSkew");
        Check.notNull(keepAliveAge, "keepAliveAge");
        if (refreshSkew.isNegative() || refreshSkew.compareTo(Duration.ofMinutes(30)) > 0) {
            throw new IllegalArgumentException("refreshSkew must be between 0 and 30 minutes");
        }
        if (keepAliveAge.isNegative() || keepAliveAge.isZero() || keepAliveAge.compareTo(REFRESH_TOKEN_LIFETIME) >= 0) {
            throw new IllegalArgumentException("keepAliveAge must be positive and shorter than 90 days");
        }
    }

    public static TokenPolicy defaults() {
        return new TokenPolicy(DEFAULT_REFRESH_SKEW, DEFAULT_KEEP_ALIVE_AGE);
    }
}
