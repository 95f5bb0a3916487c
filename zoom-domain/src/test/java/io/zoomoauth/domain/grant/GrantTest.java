package io.zoomoauth.domain.grant;

import static io.zoomoauth.domain.testing.Fixtures.T0;
import static io.zoomoauth.domain.testing.Fixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.domain.testing.Fixtures;
import io.zoomoauth.domain.token.TokenSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GrantTest {

    private static final Duration SKEW = Duration.ofMinutes(5);
    private final Grant grant = Fixtures.grant(USER, "one", T0, Duration.ofHours(1));
    private final Instant expiry = T0.plus(Duration.ofHours(1));

    @Test
    void doesNotNeedRefreshOneSecondBeforeExpiryMinusSkew() {
        assertThat(grant.needsRefresh(expiry.minus(SKEW).minusSeconds(1), SKEW)).isFalse();
    }

    @Test
    void needsRefreshAtExactlyExpiryMinusSkew() {
        assertThat(grant.needsRefresh(expiry.minus(SKEW), SKEW)).isTrue();
    }

    @Test
    void needsRefreshOneSecondAfterExpiryMinusSkewAndAfterExpiry() {
        assertThat(grant.needsRefresh(expiry.minus(SKEW).plusSeconds(1), SKEW)).isTrue();
        assertThat(grant.needsRefresh(expiry.plusSeconds(1), SKEW)).isTrue();
    }

    @Test
    void zeroSkewMeansRefreshAtExpiry() {
        assertThat(grant.needsRefresh(expiry.minusNanos(1), Duration.ZERO)).isFalse();
        assertThat(grant.needsRefresh(expiry, Duration.ZERO)).isTrue();
    }

    @Test
    void refreshReplacesBothTokensAndAdvancesTheVersion() {
        Instant at = expiry.minus(SKEW);
        TokenSet rotated = Fixtures.tokens("two", at, Duration.ofHours(1));
        Grant refreshed = grant.refreshed(rotated, at);
        assertThat(refreshed.tokens().accessToken()).isEqualTo(rotated.accessToken());
        assertThat(refreshed.tokens().refreshToken()).isEqualTo(rotated.refreshToken());
        assertThat(refreshed.tokens().refreshToken()).isNotEqualTo(grant.tokens().refreshToken());
        assertThat(refreshed.version()).isEqualTo(grant.version() + 1);
        assertThat(refreshed.lastRefreshedAt()).contains(at);
        assertThat(refreshed.connectedAt()).isEqualTo(grant.connectedAt());
        assertThat(refreshed.owner()).isEqualTo(grant.owner());
    }

    @Test
    void invalidGrantMovesToReauthorizationRequiredWithAReason() {
        Grant dead = grant.requireReauthorization("Zoom refused the refresh token (invalid_grant)");
        assertThat(dead.status()).isEqualTo(GrantStatus.REAUTHORIZATION_REQUIRED);
        assertThat(dead.statusReason()).contains("invalid_grant");
        assertThat(dead.version()).isEqualTo(grant.version() + 1);
        assertThat(dead.isActive()).isFalse();
        assertThatThrownBy(() -> dead.refreshed(Fixtures.tokens("x", T0, Duration.ofHours(1)), T0))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keepAliveIsDueOnlyWhenTheRefreshTokenIsOlderThanTheAge() {
        Duration age = Duration.ofDays(30);
        assertThat(grant.dueForKeepAlive(T0.plus(age), age)).isFalse();
        assertThat(grant.dueForKeepAlive(T0.plus(age).plusSeconds(1), age)).isTrue();
        assertThat(grant.requireReauthorization("dead").dueForKeepAlive(T0.plus(Duration.ofDays(40)), age)).isFalse();
    }

    @Test
    void statusAndReasonMustAgree() {
        assertThatThrownBy(() -> new Grant(grant.owner(), grant.tokens(), GrantStatus.ACTIVE, "why", 1, T0, Optional.empty()))
                .hasMessageContaining("statusReason");
        assertThatThrownBy(() -> new Grant(grant.owner(), grant.tokens(), GrantStatus.REAUTHORIZATION_REQUIRED, " ", 1,
                T0, Optional.empty())).hasMessageContaining("statusReason");
        assertThatThrownBy(() -> new Grant(grant.owner(), grant.tokens(), GrantStatus.ACTIVE, "", 0, T0, Optional.empty()))
                .hasMessageContaining("version");
    }

    @Test
    void zoomIdsAreValidatedAndCaseSensitive() {
        assertThat(new ZoomUserId("abc")).isNotEqualTo(new ZoomUserId("ABC"));
        assertThatThrownBy(() -> new ZoomUserId("../etc")).hasMessageContaining("zoomUserId");
        assertThatThrownBy(() -> new ZoomUserId("")).hasMessageContaining("zoomUserId");
        assertThatThrownBy(() -> new ZoomAccountId("a b")).hasMessageContaining("zoomAccountId");
    }

    @Test
    void accountGrantUsesTheSameSkewBoundary() {
        AccountGrant account = new AccountGrant(Fixtures.ACCOUNT, grant.tokens().accessToken(), expiry,
                grant.tokens().scopes());
        assertThat(account.needsRefresh(expiry.minus(SKEW).minusSeconds(1), SKEW)).isFalse();
        assertThat(account.needsRefresh(expiry.minus(SKEW), SKEW)).isTrue();
    }

    @Test
    void tokenSetRefusesExpiryBeforeIssue() {
        assertThatThrownBy(() -> Fixtures.tokens("x", T0, Duration.ofSeconds(-1)))
                .hasMessageContaining("accessTokenExpiresAt");
    }
}
