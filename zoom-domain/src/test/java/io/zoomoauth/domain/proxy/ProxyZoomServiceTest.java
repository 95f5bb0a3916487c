package io.zoomoauth.domain.proxy;

import static io.zoomoauth.domain.testing.Fixtures.T0;
import static io.zoomoauth.domain.testing.Fixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.access.AccessTokenService;
import io.zoomoauth.domain.access.AccountTokenService;
import io.zoomoauth.domain.access.RefreshSettings;
import io.zoomoauth.domain.access.TokenEvents;
import io.zoomoauth.domain.access.ZoomApiAccess;
import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.common.Sleeper;
import io.zoomoauth.domain.error.AccessTokenRejected;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.testing.Fixtures;
import io.zoomoauth.domain.testing.InMemoryGrantStore;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.domain.testing.RotatingOAuth;
import io.zoomoauth.domain.token.TokenPolicy;
import io.zoomoauth.domain.users.ZoomUserRef;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProxyZoomServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryGrantStore store = new InMemoryGrantStore();
    private final List<String> sent = new ArrayList<>();
    private RotatingOAuth oauth;
    private int rejectNext;
    private final ExecutorService blocking = Executors.newSingleThreadExecutor(r -> new Thread(r, "blocking"));

    @BeforeEach
    void setUp() {
        Grant grant = store.saveConnected(Fixtures.grant(USER, "one", T0, Duration.ofHours(1)));
        oauth = new RotatingOAuth(clock, grant.tokens().refreshToken().value());
    }

    private ProxyZoomService service() {
        AccessTokenService tokens = new AccessTokenService(store, oauth, TokenPolicy.defaults(),
                RefreshSettings.defaults("a"), clock, RandomSource.secure(), Sleeper.threadSleep(), TokenEvents.NONE);
        AccountTokenService account = new AccountTokenService(Optional.of(Fixtures.ACCOUNT), oauth, TokenPolicy.defaults(),
                clock, java.time.Duration.ofSeconds(60));
        io.zoomoauth.domain.grant.DeletionRecords nobodyLeft = new io.zoomoauth.domain.grant.DeletionRecords() {
            @Override
            public boolean removedTheApp(String userIdOrEmail) {
                return false;
            }

            @Override
            public int deleteRecordedBefore(java.time.Instant before) {
                return 0;
            }
        };
        return new ProxyZoomService(new ZoomApiAccess(tokens, account, nobodyLeft), (token, request) -> {
            sent.add(request.method() + " " + String.join("/", request.path().segments()) + " with " + token.value()
                    + " on " + Thread.currentThread().getName());
            if (rejectNext-- > 0) {
                return CompletableFuture.failedFuture(new AccessTokenRejected("t"));
            }
            return CompletableFuture.completedFuture(new ProxyResponse(200, List.of(), new ByteArrayInputStream(new byte[0])));
        }, blocking);
    }

    @AfterEach
    void stopBlockingThread() {
        blocking.shutdownNow();
    }

    private static ProxyRequest get(String path) {
        return new ProxyRequest(ProxyMethod.GET, ZoomApiPath.parse(path), "", Optional.empty(), Optional.empty(), new byte[0]);
    }

    @Test
    void aUserGrantSendsItsOwnIdAsMe() {
        service().forward(ZoomUserRef.of(USER), get("users/" + USER.value() + "/meetings"));
        assertThat(sent).containsExactly("GET users/me/meetings with access-one on " + Thread.currentThread().getName());
    }

    @Test
    void aUserGrantNeverNamesAnotherUser() {
        assertThatThrownBy(() -> service().forward(ZoomUserRef.of(USER), get("users/someoneElse/meetings")))
                .isInstanceOf(ProxyPathRefused.class)
                .satisfies(e -> assertThat(((ProxyPathRefused) e).reason()).isEqualTo(ProxyPathRefused.Reason.OTHER_USER));
        assertThat(sent).isEmpty();
    }

    @Test
    void theAccountTokenActsForTheRequestsUserWhenThePathSaysMe() {
        service().forward(new ZoomUserRef("member@example.com"), get("users/me/meetings"));
        service().forward(new ZoomUserRef("member@example.com"), get("users/other@example.com"));
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).startsWith("GET users/member@example.com/meetings with ");
        assertThat(sent.get(1)).startsWith("GET users/other@example.com with ");
    }

    @Test
    void aRejectedTokenIsReplacedOnceAndTheRequestRepeatedOnce() {
        rejectNext = 1;
        service().forward(ZoomUserRef.of(USER), get("meetings/1"));
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).isNotEqualTo(sent.get(1));
    }

    @Test
    void withTheTokenInMemoryTheCallIsMadeWithoutWaitingOnTheCallersThread() throws Exception {
        ProxyZoomService service = service();
        service.forward(ZoomUserRef.of(USER), get("users/me")); // loads the grant into the token cache
        sent.clear();
        ProxyResponse answer = service.forwardCached(ZoomUserRef.of(USER), get("users/" + USER.value() + "/meetings"))
                .orElseThrow().toCompletableFuture().get();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(sent).containsExactly("GET users/me/meetings with access-one on " + Thread.currentThread().getName());
    }

    @Test
    void withoutATokenInMemoryTheCallerIsToldToUseTheBlockingPath() {
        ProxyZoomService service = service();
        assertThat(service.forwardCached(ZoomUserRef.of(USER), get("users/me"))).isEmpty();
        assertThat(service.forwardCached(new ZoomUserRef("member@example.com"), get("users/me"))).isEmpty();
        service.forward(ZoomUserRef.of(USER), get("users/me"));
        clock.advance(Duration.ofMinutes(56)); // inside the refresh skew: the token is due
        assertThat(service.forwardCached(ZoomUserRef.of(USER), get("users/me"))).isEmpty();
        assertThat(sent).hasSize(1);
    }

    @Test
    void aRejectedCachedTokenIsReplacedOnTheBlockingExecutorAndTheRequestRepeatedOnce() throws Exception {
        ProxyZoomService service = service();
        service.forward(ZoomUserRef.of(USER), get("users/me"));
        sent.clear();
        rejectNext = 1;
        service.forwardCached(ZoomUserRef.of(USER), get("meetings/1")).orElseThrow().toCompletableFuture().get();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).contains("with access-one on " + Thread.currentThread().getName());
        assertThat(sent.get(1)).doesNotContain("access-one").endsWith(" on blocking");
        assertThat(oauth.refreshCalls.get()).isEqualTo(1);
    }

    @Test
    void aCachedTokenNeverNamesAnotherUserEither() {
        ProxyZoomService service = service();
        service.forward(ZoomUserRef.of(USER), get("users/me"));
        sent.clear();
        assertThatThrownBy(() -> service.forwardCached(ZoomUserRef.of(USER), get("users/someoneElse/meetings")))
                .isInstanceOf(ProxyPathRefused.class);
        assertThat(sent).isEmpty();
    }
}
