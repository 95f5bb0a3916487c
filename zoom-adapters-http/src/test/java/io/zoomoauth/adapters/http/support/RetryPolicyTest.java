package io.zoomoauth.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(200));

    @Test
    void onlyGetIsRetried_atMostTheConfiguredNumberOfTimes() {
        assertThat(policy.mayRetry("GET", 0)).isTrue();
        assertThat(policy.mayRetry("GET", 1)).isTrue();
        assertThat(policy.mayRetry("GET", 2)).isFalse();
        for (String method : new String[] {"POST", "PATCH", "DELETE", "PUT"}) {
            assertThat(policy.mayRetry(method, 0)).as(method).isFalse();
        }
    }

    @RepeatedTest(20)
    void backoffDoublesWithJitterInTheUpperHalf() {
        assertThat(policy.delayBefore(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(policy.delayBefore(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    }
}
