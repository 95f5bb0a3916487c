package io.zoomoauth.domain.access;

import static io.zoomoauth.domain.testing.Fixtures.ACCOUNT;
import static io.zoomoauth.domain.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.error.ZoomUnavailable;
import io.zoomoauth.domain.grant.AccountGrant;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.testing.CountingOAuth;
import io.zoomoauth.domain.testing.Fixtures;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.Scopes;
import io.zoomoauth.domain.token.TokenPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccountTokenServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final FlakyAccountOAuth zoom = new FlakyAccountOAuth(clock);
    private final AccountTokenService service = new AccountTokenService(Optional.of(ACCOUNT), zoom,
            TokenPolicy.defaults(), clock, Duration.ofSeconds(60));

    @Test
    void concurrentCallersDuringAnOutageShareOneFetchAndAllFailTogether() throws Exception {
        zoom.down = true;
        zoom.hold = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(callers.submit(service::accessToken));
            }
            zoom.entered.await(5, TimeUnit.SECONDS);
            Thread.sleep(200); // let the other five arrive while the first fetch hangs
            zoom.hold.countDown();
            for (Future<?> call : calls) {
                assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(ZoomUnavailable.class);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(zoom.fetches.get()).as("one fetch reached Zoom, not one per caller").isEqualTo(1);
    }

    @Test
    void afterAFailedFetchCallersFailFastUntilTheBackoffHasPassed() {
        zoom.down = true;
        assertThatThrownBy(service::accessToken).isInstanceOf(ZoomUnavailable.class);
        assertThatThrownBy(service::accessToken).isInstanceOf(ZoomUnavailable.class).hasMessageContaining("next attempt");
        assertThat(zoom.fetches.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(service::accessToken).isInstanceOf(ZoomUnavailable.class);
        assertThat(zoom.fetches.get()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(service::accessToken).as("the backoff doubled to 2 s").hasMessageContaining("next attempt");
        assertThat(zoom.fetches.get()).isEqualTo(2);

        zoom.down = false;
        clock.advance(Duration.ofSeconds(1));
        assertThat(service.accessToken().value()).isEqualTo("s2s-3");
        zoom.down = true;
        assertThat(service.accessToken().value()).as("cached").isEqualTo("s2s-3");
    }

    @Test
    void aStillValidTokenIsServedWhileZoomCannotReplaceIt() {
        AccessToken first = service.accessToken();
        clock.advance(Duration.ofMinutes(56)); // inside the 5 minute skew, not yet expired
        zoom.down = true;
        assertThat(service.accessToken()).isEqualTo(first);
        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(service::accessToken).isInstanceOf(ZoomUnavailable.class);
    }

    /** Issues 1-hour account tokens, or fails like a Zoom outage; can hold a fetch until released. */
    static final class FlakyAccountOAuth extends CountingOAuth {

        final AtomicInteger fetches = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        volatile boolean down;
        volatile CountDownLatch hold;
        private final MutableClock clock;

        FlakyAccountOAuth(MutableClock clock) {
            super(clock);
            this.clock = clock;
        }

        @Override
        public AccountGrant fetchAccountToken(ZoomAccountId accountId) {
            int n = fetches.incrementAndGet();
            entered.countDown();
            if (hold != null) {
                try {
                    hold.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (down) {
                throw new ZoomUnavailable("token endpoint answered 503", 503, "t-" + n, null);
            }
            return new AccountGrant(accountId, new AccessToken("s2s-" + n), clock.instant().plus(Duration.ofHours(1)),
                    Scopes.none());
        }
    }
}
