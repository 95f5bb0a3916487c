package io.zoomoauth.domain.access;

import static io.zoomoauth.domain.testing.Fixtures.T0;
import static io.zoomoauth.domain.testing.Fixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.common.RandomSource;
import io.zoomoauth.domain.common.Sleeper;
import io.zoomoauth.domain.error.AccessTokenRejected;
import io.zoomoauth.domain.error.NotConnected;
import io.zoomoauth.domain.error.ReauthorizationRequired;
import io.zoomoauth.domain.grant.DeletionRecords;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.testing.Fixtures;
import io.zoomoauth.domain.testing.InMemoryGrantStore;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.domain.testing.RotatingOAuth;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.TokenPolicy;
import io.zoomoauth.domain.users.ZoomUserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZoomApiAccessTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryGrantStore store = new InMemoryGrantStore();
    private RotatingOAuth zoom;
    private AccessTokenService userTokens;
    private final List<String> calls = new ArrayList<>();
    private final RemovedUsers removed = new RemovedUsers();

    @BeforeEach
    void setUp() {
        Grant grant = store.saveConnected(Fixtures.grant(USER, "one", T0, Duration.ofHours(1)));
        zoom = new RotatingOAuth(clock, grant.tokens().refreshToken().value());
        userTokens = new AccessTokenService(store, zoom, TokenPolicy.defaults(), RefreshSettings.defaults("a"), clock,
                RandomSource.secure(), Sleeper.threadSleep(), TokenEvents.NONE);
    }

    private ZoomApiAccess access(boolean s2s) {
        AccountTokenService account = new AccountTokenService(
                s2s ? Optional.of(Fixtures.ACCOUNT) : Optional.empty(), zoom, TokenPolicy.defaults(), clock, Duration.ofSeconds(60));
        return new ZoomApiAccess(userTokens, account, removed);
    }

    private String record(AccessToken token, ZoomUserRef user) {
        calls.add(token.value() + " as " + user.value());
        return "ok";
    }

    @Test
    void usesTheUsersOwnGrantAsMe() {
        access(true).onBehalfOf(ZoomUserRef.of(USER), this::record);
        assertThat(calls).containsExactly("access-one as me");
    }

    @Test
    void fallsBackToTheAccountTokenForAnUnconnectedUserWhenS2sIsConfigured() {
        ZoomApiAccess access = access(true);
        access.onBehalfOf(new ZoomUserRef("someone@example.com"), this::record);
        access.onBehalfOf(new ZoomUserRef("unconnectedId"), this::record);
        assertThat(calls).containsExactly("s2s-gen1 as someone@example.com", "s2s-gen1 as unconnectedId");
    }

    @Test
    void withoutS2sAnUnconnectedUserIsNotConnected() {
        assertThatThrownBy(() -> access(false).onBehalfOf(new ZoomUserRef("unconnectedId"), this::record))
                .isInstanceOf(NotConnected.class);
        assertThatThrownBy(() -> access(false).onBehalfOf(new ZoomUserRef("a@example.com"), this::record))
                .isInstanceOf(NotConnected.class);
    }

    @Test
    void aUserWhoRemovedTheAppIsNotConnectedRatherThanServedWithTheAccountToken() {
        removed.users.add("leftId");
        removed.users.add("left@example.com");
        assertThatThrownBy(() -> access(true).onBehalfOf(new ZoomUserRef("leftId"), this::record))
                .isInstanceOf(NotConnected.class).hasMessageContaining("removed the app")
                .hasMessageContaining("X-Zoom-Credentials");
        assertThatThrownBy(() -> access(true).onBehalfOf(new ZoomUserRef("left@example.com"), this::record))
                .isInstanceOf(NotConnected.class);
        assertThat(calls).isEmpty();
    }

    @Test
    void accountCredentialsAskedForExplicitlyAreUsedEvenForAUserWhoRemovedTheApp() {
        removed.users.add("leftId");
        ZoomApiAccess access = access(true);
        access.onBehalfOf(new ActingFor(new ZoomUserRef("leftId"), ActingFor.Credentials.ACCOUNT), this::record);
        access.onBehalfOf(new ActingFor(ZoomUserRef.of(USER), ActingFor.Credentials.ACCOUNT), this::record);
        assertThat(calls).containsExactly("s2s-gen1 as leftId", "s2s-gen1 as " + USER.value());
        assertThatThrownBy(() -> access(false).onBehalfOf(
                new ActingFor(new ZoomUserRef("leftId"), ActingFor.Credentials.ACCOUNT), this::record))
                .isInstanceOf(NotConnected.class).hasMessageContaining("no Server-to-Server app");
    }

    @Test
    void aGrantThatNeedsReauthorizationDoesNotFallBackToS2s() {
        store.overwrite(store.find(USER).orElseThrow().requireReauthorization("invalid_grant"));
        assertThatThrownBy(() -> access(true).onBehalfOf(ZoomUserRef.of(USER), this::record))
                .isInstanceOf(ReauthorizationRequired.class);
        assertThat(calls).isEmpty();
    }

    @Test
    void code124RefreshesOnceAndRetriesOnce() {
        String result = access(false).onBehalfOf(ZoomUserRef.of(USER), (token, user) -> {
            calls.add(token.value());
            if (token.value().equals("access-one")) {
                throw new AccessTokenRejected("t-124");
            }
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(calls).containsExactly("access-one", "access-gen1");
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
    }

    @Test
    void aSecond124IsPassedOnWithoutAnotherRefresh() {
        assertThatThrownBy(() -> access(false).onBehalfOf(ZoomUserRef.of(USER), (token, user) -> {
            calls.add(token.value());
            throw new AccessTokenRejected("t-124");
        })).isInstanceOf(AccessTokenRejected.class);
        assertThat(calls).hasSize(2);
        assertThat(zoom.refreshCalls.get()).isEqualTo(1);
    }

    @Test
    void accountTokenIsCachedAndFetchedAgainOnlyWhenDueOr124() {
        ZoomApiAccess access = access(true);
        ZoomUserRef other = new ZoomUserRef("b@example.com");
        access.onBehalfOf(other, this::record);
        access.onBehalfOf(other, this::record);
        clock.advance(Duration.ofMinutes(55));
        access.onBehalfOf(other, this::record);
        assertThat(calls).containsExactly("s2s-gen1 as b@example.com", "s2s-gen1 as b@example.com",
                "s2s-gen2 as b@example.com");
        List<String> seen = new ArrayList<>();
        access.onBehalfOf(other, (token, user) -> {
            seen.add(token.value());
            if (seen.size() == 1) {
                throw new AccessTokenRejected("t");
            }
            return "ok";
        });
        assertThat(seen).containsExactly("s2s-gen2", "s2s-gen3");
    }

    private static final class RemovedUsers implements DeletionRecords {
        final Set<String> users = new HashSet<>();

        @Override
        public boolean removedTheApp(String userIdOrEmail) {
            return users.contains(userIdOrEmail);
        }

        @Override
        public int deleteRecordedBefore(Instant before) {
            return 0;
        }
    }
}
