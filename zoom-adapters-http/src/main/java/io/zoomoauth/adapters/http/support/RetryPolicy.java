package io.zoomoauth.adapters.http.support;

import io.zoomoauth.domain.error.ZoomUnavailable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a failed call to Zoom is repeated. Only GET is ever retried: it has no effect at Zoom, so a second
 * attempt is harmless. Everything else is sent once:
 * <ul>
 *   <li>POST create: Zoom may have created the meeting before the 5xx or the broken connection; a retry
 *       would create a duplicate (and spends the 100-per-day create quota).</li>
 *   <li>PATCH and DELETE: the first attempt may have been applied; repeating hides what happened (a DELETE
 *       retried after success answers 3001) and the caller cannot tell. The caller decides.</li>
 *   <li>POST to {@code /oauth/token}: a refresh that reached Zoom has rotated the refresh token; a second
 *       attempt with the old one would fail with invalid_grant.</li>
 * </ul>
 * A GET is retried after a 5xx or a failed connection (refused, reset, closed without an answer), not after
 * a read timeout: that would multiply the caller's worst-case wait. 429 is never retried here; a daily limit
 * never at all.
 */
@Singleton
public final class RetryPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

    private final int getRetries;
    private final Duration baseDelay;

    public RetryPolicy(ZoomHttpProperties properties) {
        this(properties.getRetries(), properties.retryBaseDelay());
    }

    public RetryPolicy(int getRetries, Duration baseDelay) {
        this.getRetries = getRetries;
        this.baseDelay = baseDelay;
    }

    /** True when {@code method} may be sent again after {@code retriesSoFar} retries. */
    public boolean mayRetry(String method, int retriesSoFar) {
        return "GET".equals(method) && retriesSoFar < getRetries;
    }

    public int maxRetries() {
        return getRetries;
    }

    /**
     * The wait before retry number {@code retry} (1-based): {@code base * 2^(retry-1)}, of which a random
     * half is dropped ("equal jitter"), so that many clients failing together do not retry together.
     */
    public Duration delayBefore(int retry) {
        long full = baseDelay.toMillis() << Math.min(Math.max(retry - 1, 0), 16);
        if (full <= 1) {
            return Duration.ofMillis(full);
        }
        long half = full / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(full - half + 1));
    }

    /**
     * Waits {@link #delayBefore} retry number {@code retry}, logging why ({@code request}: method and path template,
     * {@code what}: the failure); an interrupt ends the wait as {@link ZoomUnavailable}.
     */
    public void waitBefore(int retry, String request, String what) {
        Duration delay = delayBefore(retry);
        LOG.warn("Zoom {} {}; retry {} of {} in {} ms", request, what, retry, getRetries, delay.toMillis());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZoomUnavailable("interrupted while waiting to retry " + request, null, null, e);
        }
    }
}
