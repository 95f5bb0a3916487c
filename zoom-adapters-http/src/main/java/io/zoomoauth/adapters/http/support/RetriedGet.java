package io.zoomoauth.adapters.http.support;

import io.micronaut.retry.annotation.Retryable;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on the GET methods of a declarative Zoom client, and only there. A GET has no effect at Zoom, so after a 5xx
 * or a failed connection it is sent again, up to {@code zoom.http.get-retries} times, {@code zoom.http.retry-base-delay}
 * doubling per retry with a random half dropped (jitter), so clients failing together do not retry together.
 * Everything else is sent once (see {@link GetRetryPredicate}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Retryable(attempts = "${zoom.http.get-retries:2}", delay = "${zoom.http.retry-base-delay:200ms}", multiplier = "2",
        jitter = "0.5", predicate = GetRetryPredicate.class)
public @interface RetriedGet {
}
