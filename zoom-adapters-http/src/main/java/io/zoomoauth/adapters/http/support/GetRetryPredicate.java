package io.zoomoauth.adapters.http.support;

import io.micronaut.retry.annotation.RetryPredicate;

/**
 * Which failed GETs are sent again: a 5xx, or a connection that failed (refused, reset, closed without an answer).
 * Never a read timeout (it would multiply the caller's worst-case wait), a 4xx, a 429 (a daily limit never at
 * all) or a body we cannot read. Other methods are never retried:
 * <ul>
 *   <li>POST create: Zoom may have created the meeting before the 5xx or the broken connection; a retry would
 *       create a duplicate (and spends the 100-per-day create quota).</li>
 *   <li>PATCH and DELETE: the first attempt may have been applied; a DELETE retried after success answers 3001.</li>
 *   <li>POST to {@code /oauth/token}: a refresh that reached Zoom has rotated the refresh token.</li>
 * </ul>
 */
public final class GetRetryPredicate implements RetryPredicate {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof ZoomCallFailure call && call.method().equals("GET") && call.worthRetrying();
    }
}
