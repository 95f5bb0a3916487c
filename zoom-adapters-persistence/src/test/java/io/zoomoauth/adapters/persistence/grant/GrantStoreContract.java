package io.zoomoauth.adapters.persistence.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zoomoauth.adapters.persistence.support.Concurrently;
import io.zoomoauth.adapters.persistence.support.DatabaseTarget;
import io.zoomoauth.adapters.persistence.support.Grants;
import io.zoomoauth.adapters.persistence.support.Keys;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.adapters.persistence.support.RawSql;
import io.zoomoauth.adapters.persistence.support.VaultContext;
import io.zoomoauth.adapters.persistence.support.VaultStoreContract;
import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.domain.connections.ConnectionDirectory;
import io.zoomoauth.domain.connections.ConnectionView;
import io.zoomoauth.domain.grant.ConnectionFilter;
import io.zoomoauth.domain.error.GrantUnreadable;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantOwner;
import io.zoomoauth.domain.grant.GrantStatus;
import io.zoomoauth.domain.grant.GrantStore;
import io.zoomoauth.domain.grant.GrantVersionConflict;
import io.zoomoauth.domain.grant.RefreshFenceLost;
import io.zoomoauth.domain.grant.RefreshLease;
import io.zoomoauth.domain.grant.ZoomAccountId;
import io.zoomoauth.domain.grant.ZoomUserId;
import io.zoomoauth.domain.token.AccessToken;
import io.zoomoauth.domain.token.RefreshToken;
import io.zoomoauth.domain.token.Scopes;
import io.zoomoauth.domain.token.TokenSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link GrantStore} must do, run against each real database. */
abstract class GrantStoreContract extends VaultStoreContract {

    /** Inside the 2026 daylight-saving gap of the JVM zone the build uses (Europe/Berlin), with nanoseconds. */
    static final Instant T0 = Instant.parse("2026-03-29T02:30:00.123456789Z");
    static final Duration TTL = Duration.ofSeconds(30);

    private GrantStore store;

    GrantStoreContract(DatabaseTarget target) {
        super(target, "grants", T0, "zoom_grant", "grant_deletion");
    }

    @BeforeAll
    void openStore() {
        store = vault.grants();
    }

    @Test
    void roundTripsEveryFieldToTheMicrosecond() {
        TokenSet tokens = new TokenSet(new AccessToken(Grants.token("acc", 1100)), T0.plusSeconds(3599),
                new RefreshToken(Grants.token("ref", 1100)), T0, Scopes.parse("meeting:write:meeting user:read:user"));
        GrantOwner owner = new GrantOwner(new ZoomUserId("KdYKjnimT4KPd8FFgQt9FQ"), new ZoomAccountId("Acc-01_x"),
                "zoë@example.com", "Zoë Ünicode 🎥");
        Grant grant = new Grant(owner, tokens, GrantStatus.REAUTHORIZATION_REQUIRED, "Zoom said invalid_grant", 7,
                T0.minusNanos(1), Optional.of(T0.plusNanos(100)));
        clock.set(T0.plusSeconds(1));

        Grant saved = store.saveConnected(grant, Grants.CONNECTED);

        Grant found = store.find(owner.userId()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.version()).isEqualTo(7);
        assertThat(found.owner()).isEqualTo(owner);
        assertThat(found.status()).isEqualTo(GrantStatus.REAUTHORIZATION_REQUIRED);
        assertThat(found.statusReason()).isEqualTo("Zoom said invalid_grant");
        assertThat(found.tokens().accessToken()).isEqualTo(tokens.accessToken());
        assertThat(found.tokens().refreshToken()).isEqualTo(tokens.refreshToken());
        assertThat(found.tokens().scopes()).isEqualTo(tokens.scopes());
        assertThat(found.tokens().refreshTokenIssuedAt()).isEqualTo(Instant.parse("2026-03-29T02:30:00.123456Z"));
        assertThat(found.tokens().accessTokenExpiresAt()).isEqualTo(Instant.parse("2026-03-29T03:29:59.123456Z"));
        assertThat(found.connectedAt()).isEqualTo(Instant.parse("2026-03-29T02:30:00.123456Z"));
        assertThat(found.lastRefreshedAt()).contains(Instant.parse("2026-03-29T02:30:00.123456Z"));

        String id = owner.userId().value();
        assertThat(sql.dateTimeText("zoom_grant", "refresh_token_issued_at", "zoom_user_id", id))
                .as("stored as UTC wall-clock time, whatever the JVM's zone")
                .isEqualTo("2026-03-29 02:30:00.123456");
        assertThat(sql.dateTimeText("zoom_grant", "created_at", "zoom_user_id", id)).isEqualTo("2026-03-29 02:30:01.123456");
        assertThat(sql.dateTimeText("zoom_grant", "updated_at", "zoom_user_id", id)).isEqualTo("2026-03-29 02:30:01.123456");
        assertThat(sql.dateTimeText("zoom_grant", "lease_expires_at", "zoom_user_id", id)).isNull();
    }

    @Test
    void roundTripsAnActiveGrantWithoutRefreshAndTheLongestTokens() {
        Grant grant = Grant.connect(Grants.owner("long"), Grants.tokens(T0, 4096), T0);

        Grant saved = store.saveConnected(grant, Grants.CONNECTED);

        assertThat(saved.version()).isEqualTo(Grant.FIRST_VERSION);
        Grant found = store.find(new ZoomUserId("long")).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.tokens().accessToken().value()).hasSize(4096).isEqualTo(grant.tokens().accessToken().value());
        assertThat(found.lastRefreshedAt()).isEmpty();
        assertThat(found.isActive()).isTrue();
    }

    @Test
    void findsNothingForAnUnknownUser() {
        assertThat(store.find(new ZoomUserId("nobody"))).isEmpty();
    }

    @Test
    void userIdsAreCaseSensitive() {
        store.saveConnected(Grants.connected("abc", T0), Grants.CONNECTED);
        store.saveConnected(Grants.connected("ABC", T0), Grants.CONNECTED);
        store.saveConnected(Grants.connected("aBc", T0), Grants.CONNECTED);

        assertThat(sql.count("SELECT COUNT(*) FROM zoom_grant")).isEqualTo(3);
        assertThat(store.find(new ZoomUserId("ABC")).orElseThrow().userId().value()).isEqualTo("ABC");
        assertThat(store.find(new ZoomUserId("abc")).orElseThrow().tokens().accessToken())
                .isNotEqualTo(store.find(new ZoomUserId("ABC")).orElseThrow().tokens().accessToken());
        assertThat(store.find(new ZoomUserId("Abc"))).isEmpty();
        assertThat(sql.count("SELECT COUNT(*) FROM zoom_grant WHERE zoom_user_id = ?", "ABC")).isEqualTo(1);
    }

    @Test
    void aUserIdWithTrailingOrLeadingSpaceCanNeverBeStored() {
        // MySQL/MariaDB compare utf8mb4_bin with PAD SPACE: 'abc ' would equal 'abc'. The domain rejects such ids,
        // and the schema refuses them too, so no row can ever be confused with another by trailing spaces.
        store.saveConnected(Grants.connected("abc", T0), Grants.CONNECTED);
        String columns = "zoom_account_id, email, display_name, scopes, access_token_enc,"
                + " access_token_expires_at, refresh_token_enc, refresh_token_issued_at, status, status_reason,"
                + " version, lease_owner, lease_expires_at, connected_at, last_refreshed_at, created_at, updated_at";
        String copy = "INSERT INTO zoom_grant (zoom_user_id, " + columns + ") SELECT ?, " + columns
                + " FROM zoom_grant WHERE zoom_user_id = 'abc'";

        assertThat(sql.update(copy, "abd")).as("the copy itself is valid SQL").isEqualTo(1);
        assertThatThrownBy(() -> sql.update(copy, "abc ")).rootCause().hasMessageContainingAll("ck_zoom_grant_user_id");
        assertThatThrownBy(() -> sql.update(copy, " abc")).rootCause().hasMessageContainingAll("ck_zoom_grant_user_id");
        assertThatThrownBy(() -> new ZoomUserId("abc ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(sql.count("SELECT COUNT(*) FROM zoom_grant")).isEqualTo(2);
    }

    @Test
    void saveConnectedReplacesAnExistingGrantWithAHigherVersionAndNoLease() {
        Grant first = store.saveConnected(Grants.connected("u1", T0), Grants.CONNECTED);
        store.update(first.requireReauthorization("revoked"));
        assertThat(store.tryAcquireRefreshLease(first.userId(), "instance-a", T0, TTL)).isPresent();
        clock.set(T0.plusSeconds(60));

        Grant reconsent = Grants.connected("u1", T0.plusSeconds(60));
        Grant saved = store.saveConnected(reconsent, Grants.CONNECTED);

        assertThat(saved.version()).isEqualTo(3);
        Grant found = store.find(first.userId()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.isActive()).isTrue();
        assertThat(found.tokens().refreshToken()).isEqualTo(reconsent.tokens().refreshToken());
        assertThat(sql.query("SELECT lease_owner FROM zoom_grant").get(0).get("lease_owner")).isNull();
        assertThat(store.tryAcquireRefreshLease(first.userId(), "instance-b", T0.plusSeconds(60), TTL))
                .as("the old lease died with the old grant").isPresent();
        assertThat(sql.dateTimeText("zoom_grant", "created_at", "zoom_user_id", "u1")).isEqualTo("2026-03-29 02:30:00.123456");
        assertThat(sql.dateTimeText("zoom_grant", "updated_at", "zoom_user_id", "u1")).isEqualTo("2026-03-29 02:31:00.123456");
    }

    @Test
    void concurrentFirstConsentsOfOneUserBothSucceedAndTheLastOneWins() throws Exception {
        List<Callable<Grant>> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Grant grant = Grants.connected("racer", T0);
            tasks.add(() -> store.saveConnected(grant, Grants.CONNECTED));
        }
        List<Grant> saved = Concurrently.run(tasks);

        assertThat(saved).extracting(Grant::version).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        Grant last = saved.stream().filter(g -> g.version() == 4).findFirst().orElseThrow();
        assertThat(store.find(new ZoomUserId("racer"))).contains(last);
    }

    @Test
    void updateIsOptimistic() {
        Grant v1 = store.saveConnected(Grants.connected("u1", T0), Grants.CONNECTED);
        Grant v2 = v1.requireReauthorization("Zoom refused the refresh token");

        assertThat(store.update(v2)).isEqualTo(v2);
        assertThat(store.find(v1.userId()).orElseThrow().version()).isEqualTo(2);

        Grant staleV2 = v1.requireReauthorization("another writer, same starting point");
        assertThatThrownBy(() -> store.update(staleV2)).isInstanceOf(GrantVersionConflict.class)
                .hasMessageContaining("version 1");
        Grant v4 = v2.requireReauthorization("x").requireReauthorization("skips a version");
        assertThatThrownBy(() -> store.update(v4)).isInstanceOf(GrantVersionConflict.class);
        assertThatThrownBy(() -> store.update(Grants.connected("absent", T0).requireReauthorization("x")))
                .isInstanceOf(GrantVersionConflict.class);
        assertThat(store.find(v1.userId()).orElseThrow().statusReason()).isEqualTo("Zoom refused the refresh token");
    }

    @Test
    void aLeaseIsExclusiveUntilItExpiresAndCanThenBeTakenOver() {
        Grant grant = store.saveConnected(Grants.connected("u1", T0), Grants.CONNECTED);

        RefreshLease a = store.tryAcquireRefreshLease(grant.userId(), "instance-a/1", T0, TTL).orElseThrow();

        assertThat(a).isEqualTo(new RefreshLease(grant.userId(), "instance-a/1", 1, Instant.parse("2026-03-29T02:30:30.123456Z")));
        assertThat(store.tryAcquireRefreshLease(grant.userId(), "instance-b/1", T0, TTL)).isEmpty();
        assertThat(store.tryAcquireRefreshLease(grant.userId(), "instance-a/1", T0, TTL))
                .as("not even the same owner twice").isEmpty();
        assertThat(store.tryAcquireRefreshLease(grant.userId(), "instance-b/1", a.expiresAt().minusNanos(1000), TTL)).isEmpty();

        RefreshLease b = store.tryAcquireRefreshLease(grant.userId(), "instance-b/1", a.expiresAt(), TTL).orElseThrow();

        assertThat(b.owner()).isEqualTo("instance-b/1");
        assertThat(a.takenOver()).as("a free lease is claimed, not taken over").isFalse();
        assertThat(b.takenOver()).as("an expired lease is taken over").isTrue();
        assertThat(b.grantVersion()).isEqualTo(1);
        assertThat(b.expiresAt()).isEqualTo(a.expiresAt().plus(TTL));
    }

    @Test
    void thereIsNoLeaseOnAGrantThatDoesNotExist() {
        assertThat(store.tryAcquireRefreshLease(new ZoomUserId("ghost"), "instance-a", T0, TTL)).isEmpty();
    }

    @Test
    void saveUnderLeaseStoresTheRotatedTokensAndReleasesTheLease() {
        Grant grant = store.saveConnected(Grants.connected("u1", T0), Grants.CONNECTED);
        RefreshLease lease = store.tryAcquireRefreshLease(grant.userId(), "instance-a", T0, TTL).orElseThrow();
        Instant later = T0.plusSeconds(2);
        clock.set(later);
        Grant refreshed = grant.refreshed(Grants.tokens(later), later);

        Grant saved = store.saveUnderLease(refreshed, lease);

        assertThat(saved.version()).isEqualTo(2);
        assertThat(store.find(grant.userId())).contains(saved);
        assertThat(saved.tokens().refreshToken()).isEqualTo(refreshed.tokens().refreshToken());
        assertThat(saved.lastRefreshedAt()).contains(Instant.parse("2026-03-29T02:30:02.123456Z"));
        assertThat(store.tryAcquireRefreshLease(grant.userId(), "instance-b", later, TTL))
                .hasValueSatisfying(next -> assertThat(next.grantVersion()).isEqualTo(2));
    }

    @Test
    void aFencedWriteFailsAfterTheExpiredLeaseWasTakenOver() {
        Grant grant = store.saveConnected(Grants.connected("u1", T0), Grants.CONNECTED);
        RefreshLease slow = store.tryAcquireRefreshLease(grant.userId(), "slow", T0, TTL).orElseThrow();
        Instant afterExpiry = T0.plus(TTL).plusSeconds(1);
        RefreshLease fast = store.tryAcquireRefreshLease(grant.userId(), "fast", afterExpiry, TTL).orElseThrow();
        Grant fastResult = store.saveUnderLease(grant.refreshed(Grants.tokens(afterExpiry), afterExpiry), fast);

        Grant slowResult = grant.refreshed(Grants.tokens(T0), afterExpiry);
        assertThatThrownBy(() -> store.saveUnderLease(slowResult, slow)).isInstanceOf(RefreshFenceLost.class)
                .hasMessageContaining("u1");

        assertThat(store.find(grant.userId())).contains(fastResult);
    }

    @Test
    void aFencedWriteLandsAfterItsLeaseWasTakenOverWhenNobodyStoredANewerVersion() {
        // Tokens Zoom just issued are the newest that exist: the version, not the lease, fences them.
        Grant grant = store.saveConnected(Grants.connected("u1", T0), Grants.CONNECTED);
        RefreshLease slow = store.tryAcquireRefreshLease(grant.userId(), "slow", T0, TTL).orElseThrow();
        Instant afterExpiry = T0.plus(TTL);
        RefreshLease fast = store.tryAcquireRefreshLease(grant.userId(), "fast", afterExpiry, TTL).orElseThrow();

        Grant saved = store.saveUnderLease(grant.refreshed(Grants.tokens(T0), afterExpiry), slow);

        assertThat(store.find(grant.userId())).contains(saved);
        assertThat(store.tryAcquireRefreshLease(grant.userId(), "third", afterExpiry, TTL))
                .as("the other owner's lease is left alone").isEmpty();
        assertThatThrownBy(() -> store.saveUnderLease(grant.refreshed(Grants.tokens(afterExpiry), afterExpiry), fast))
                .isInstanceOf(RefreshFenceLost.class).hasMessageContaining("version 2");
        store.releaseLease(fast);
        assertThat(store.tryAcquireRefreshLease(grant.userId(), "third", afterExpiry, TTL))
                .hasValueSatisfying(next -> assertThat(next.grantVersion()).isEqualTo(2));
    }

    @Test
    void aFencedWriteOnTopOfALaterVersionLandsWhenThatVersionIsStillStored() {
        Grant grant = store.saveConnected(Grants.connected("u1", T0), Grants.CONNECTED);
        RefreshLease lease = store.tryAcquireRefreshLease(grant.userId(), "instance-a", T0, TTL).orElseThrow();
        Grant markedDead = store.update(grant.requireReauthorization("refused"));

        Grant revived = grant.refreshed(Grants.tokens(T0), T0).rebasedOnto(markedDead);
        Grant saved = store.saveUnderLease(revived, lease);

        assertThat(saved.version()).isEqualTo(3);
        assertThat(store.find(grant.userId())).contains(saved);
        assertThat(saved.isActive()).isTrue();
    }

    @Test
    void aFencedWriteFailsWhenTheVersionMovedOnOrTheGrantVanished() {
        Grant grant = store.saveConnected(Grants.connected("u1", T0), Grants.CONNECTED);
        RefreshLease lease = store.tryAcquireRefreshLease(grant.userId(), "instance-a", T0, TTL).orElseThrow();
        store.update(grant.requireReauthorization("revoked by the user"));

        assertThatThrownBy(() -> store.saveUnderLease(grant.refreshed(Grants.tokens(T0), T0), lease))
                .isInstanceOf(RefreshFenceLost.class).hasMessageContaining("version 2");

        Grant other = store.saveConnected(Grants.connected("u2", T0), Grants.CONNECTED);
        RefreshLease otherLease = store.tryAcquireRefreshLease(other.userId(), "instance-a", T0, TTL).orElseThrow();
        store.deleteUser(other.userId(), T0, "app_deauthorized", Grants.deauthorized(other.userId().value()));
        assertThatThrownBy(() -> store.saveUnderLease(other.refreshed(Grants.tokens(T0), T0), otherLease))
                .isInstanceOf(RefreshFenceLost.class).hasMessageContaining("deleted");
        assertThat(store.find(other.userId())).isEmpty();
    }

    @Test
    void releaseLeaseGivesTheLeaseBackOnlyForItsOwner() {
        Grant grant = store.saveConnected(Grants.connected("u1", T0), Grants.CONNECTED);
        RefreshLease lease = store.tryAcquireRefreshLease(grant.userId(), "instance-a", T0, TTL).orElseThrow();

        store.releaseLease(new RefreshLease(grant.userId(), "impostor", lease.grantVersion(), lease.expiresAt()));
        assertThat(store.tryAcquireRefreshLease(grant.userId(), "instance-b", T0, TTL)).isEmpty();

        store.releaseLease(lease);
        RefreshLease next = store.tryAcquireRefreshLease(grant.userId(), "instance-b", T0, TTL).orElseThrow();

        store.releaseLease(lease); // lost meanwhile: a no-op
        assertThat(store.tryAcquireRefreshLease(grant.userId(), "instance-c", T0, TTL)).isEmpty();
        assertThat(next.grantVersion()).isEqualTo(1);
        assertThat(store.find(grant.userId())).contains(grant);
    }

    @Test
    void ofManyThreadsRacingForOneLeaseExactlyOneWinsEveryRound() throws Exception {
        Grant grant = store.saveConnected(Grants.connected("contended", T0), Grants.CONNECTED);
        for (int round = 0; round < 5; round++) {
            List<Callable<Optional<RefreshLease>>> claims = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String owner = "round" + round + "-thread" + i;
                claims.add(() -> store.tryAcquireRefreshLease(grant.userId(), owner, T0, TTL));
            }
            List<RefreshLease> winners = Concurrently.run(claims).stream().flatMap(Optional::stream).toList();

            assertThat(winners).hasSize(1);
            store.releaseLease(winners.get(0));
        }
    }

    @Test
    void ofTwoApplicationsWithTheirOwnConnectionPoolsExactlyOneWinsAndOnlyItsWriteLands() throws Exception {
        Grant grant = store.saveConnected(Grants.connected("shared", T0), Grants.CONNECTED);
        try (VaultContext other = VaultContext.start(database, key, clock)) {
            GrantStore otherStore = other.grants();
            List<Callable<Optional<RefreshLease>>> claims = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                GrantStore contender = i % 2 == 0 ? store : otherStore;
                String owner = (i % 2 == 0 ? "app-1/" : "app-2/") + i;
                claims.add(() -> contender.tryAcquireRefreshLease(grant.userId(), owner, T0, TTL));
            }
            List<RefreshLease> winners = Concurrently.run(claims).stream().flatMap(Optional::stream).toList();
            assertThat(winners).hasSize(1);
            RefreshLease winner = winners.get(0);

            GrantStore winnerStore = winner.owner().startsWith("app-1/") ? store : otherStore;
            GrantStore loserStore = winnerStore == store ? otherStore : store;
            Grant rotated = grant.refreshed(Grants.tokens(T0.plusSeconds(1)), T0.plusSeconds(1));
            Grant saved = winnerStore.saveUnderLease(rotated, winner);

            RefreshLease stale = new RefreshLease(grant.userId(), "app-x/stale", winner.grantVersion(), winner.expiresAt());
            Grant late = grant.refreshed(Grants.tokens(T0.plusSeconds(2)), T0.plusSeconds(2));
            assertThatThrownBy(() -> loserStore.saveUnderLease(late, stale)).isInstanceOf(RefreshFenceLost.class);
            assertThat(otherStore.find(grant.userId())).contains(saved);
            assertThat(store.find(grant.userId())).contains(saved);
        }
    }

    @Test
    void deleteUserRemovesTheGrantAndRecordsTheDeletionWithoutTokens() {
        Grant doomed = store.saveConnected(Grants.connected("doomed", T0), Grants.CONNECTED);
        Grant bystander = store.saveConnected(Grants.connected("bystander", T0), Grants.CONNECTED);
        store.tryAcquireRefreshLease(doomed.userId(), "instance-a", T0, TTL).orElseThrow();
        Instant at = Instant.parse("2026-04-01T10:00:00.654321Z");

        assertThat(store.deleteUser(doomed.userId(), at, "app_deauthorized", Grants.deauthorized(doomed.userId().value()))).isTrue();

        assertThat(store.find(doomed.userId())).isEmpty();
        assertThat(sql.count("SELECT COUNT(*) FROM zoom_grant WHERE zoom_user_id = ?", "doomed")).isZero();
        assertThat(store.find(bystander.userId())).contains(bystander);
        List<Map<String, Object>> records = sql.query("SELECT * FROM grant_deletion WHERE zoom_user_id = ?", "doomed");
        assertThat(records).hasSize(1);
        Map<String, Object> record = records.get(0);
        assertThat(record.keySet()).containsExactlyInAnyOrder("id", "zoom_user_id", "zoom_account_id", "deleted_at",
                "reason", "grant_deleted", "email_sha256");
        assertThat(record.get("email_sha256")).as("a hash, not the address").asString().hasSize(64)
                .doesNotContain("@");
        assertThat(record.get("zoom_account_id")).isEqualTo(doomed.owner().accountId().value());
        assertThat(record.get("reason")).isEqualTo("app_deauthorized");
        assertThat(record.get("grant_deleted")).isIn(true, 1, (byte) 1);
        assertThat(sql.dateTimeText("grant_deletion", "deleted_at", "zoom_user_id", "doomed"))
                .isEqualTo("2026-04-01 10:00:00.654321");
        assertThat(record.values().toString())
                .doesNotContain(doomed.tokens().accessToken().value().substring(0, 40))
                .doesNotContain(doomed.tokens().refreshToken().value().substring(0, 40));

        assertThat(store.deleteUser(doomed.userId(), at.plusSeconds(1), "app_deauthorized (retry)", Grants.deauthorized(doomed.userId().value()))).isFalse();
        Map<String, Object> second = sql.query(
                "SELECT * FROM grant_deletion WHERE zoom_user_id = ? ORDER BY id DESC", "doomed").get(0);
        assertThat(second.get("zoom_account_id")).isNull();
        assertThat(second.get("grant_deleted")).isIn(false, 0, (byte) 0);
    }

    @Test
    void aDeauthorizationDeletesAGrantConnectedBeforeItButKeepsANewerOne() {
        Grant grant = store.saveConnected(Grants.connected("returning", T0), Grants.CONNECTED);

        assertThat(store.deleteDeauthorized(grant.userId(), T0.minusSeconds(1), T0, "app_deauthorized", Grants.deauthorized(grant.userId().value())))
                .isEqualTo(GrantStore.Deauthorized.NEWER_GRANT_KEPT);
        assertThat(store.find(grant.userId())).contains(grant);
        assertThat(sql.count("SELECT COUNT(*) FROM grant_deletion")).as("nothing deleted, nothing recorded").isZero();

        assertThat(store.deleteDeauthorized(grant.userId(), T0, T0.plusSeconds(1), "app_deauthorized", Grants.deauthorized(grant.userId().value())))
                .as("connected at exactly the event's time: deleted").isEqualTo(GrantStore.Deauthorized.DELETED);
        assertThat(store.find(grant.userId())).isEmpty();
        assertThat(store.deleteDeauthorized(grant.userId(), T0, T0.plusSeconds(2), "app_deauthorized", Grants.deauthorized(grant.userId().value())))
                .isEqualTo(GrantStore.Deauthorized.NOTHING_STORED);
        assertThat(sql.count("SELECT COUNT(*) FROM grant_deletion")).isEqualTo(2);
    }

    @Test
    void findDueForKeepAliveListsOldActiveGrantsOldestFirst() {
        Instant now = Instant.parse("2026-05-28T02:30:00.123456Z");
        Instant cutoff = now.minus(Duration.ofDays(30));
        store.saveConnected(Grants.connected("fresh", now.minus(Duration.ofDays(1))), Grants.CONNECTED);
        store.saveConnected(Grants.connected("old", now.minus(Duration.ofDays(40))), Grants.CONNECTED);
        store.saveConnected(Grants.connected("older", now.minus(Duration.ofDays(50))), Grants.CONNECTED);
        store.saveConnected(Grants.connected("oldest", now.minus(Duration.ofDays(59))), Grants.CONNECTED);
        store.saveConnected(Grants.connected("boundary", cutoff), Grants.CONNECTED);
        Grant dead = store.saveConnected(Grants.connected("dead", now.minus(Duration.ofDays(55))), Grants.CONNECTED);
        store.update(dead.requireReauthorization("invalid_grant"));

        assertThat(store.findDueForKeepAlive(cutoff, 10)).extracting(ZoomUserId::value)
                .containsExactly("oldest", "older", "old");
        assertThat(store.findDueForKeepAlive(cutoff, 2)).extracting(ZoomUserId::value).containsExactly("oldest", "older");
        assertThat(store.findDueForKeepAlive(cutoff.plusNanos(1), 10)).extracting(ZoomUserId::value)
                .as("a sub-microsecond bound still includes the row at the microsecond below it")
                .containsExactly("oldest", "older", "old", "boundary");
    }

    @Test
    void theConnectionDirectoryPagesThroughGrantsByUserIdWithoutDecryptingThem() {
        ConnectionDirectory directory = vault.context().getBean(ConnectionDirectory.class);
        for (String id : List.of("b", "A", "a", "C", "B", "c")) {
            store.saveConnected(Grants.connected(id, T0), Grants.CONNECTED);
        }
        sql.update("UPDATE zoom_grant SET access_token_enc = refresh_token_enc WHERE zoom_user_id = 'a'");

        List<ConnectionView> first = directory.listConnections(ConnectionFilter.ALL, Optional.empty(), 4);
        List<ConnectionView> rest = directory.listConnections(ConnectionFilter.ALL, Optional.of(first.get(3).userId()), 4);

        assertThat(first).extracting(g -> g.userId().value()).containsExactly("A", "B", "C", "a");
        assertThat(rest).extracting(g -> g.userId().value()).containsExactly("b", "c");
        assertThat(directory.listConnections(ConnectionFilter.ALL, Optional.of(new ZoomUserId("c")), 4)).isEmpty();
        assertThat(directory.findConnection(new ZoomUserId("a"))).hasValueSatisfying(view ->
                assertThat(view.connectedAt()).isEqualTo(first.get(3).connectedAt()));
        assertThatThrownBy(() -> store.find(new ZoomUserId("a"))).as("its tokens are unreadable")
                .isInstanceOf(GrantUnreadable.class);
    }

    @Test
    void countsGrantsByStatus() {
        store.saveConnected(Grants.connected("a", T0), Grants.CONNECTED);
        store.saveConnected(Grants.connected("b", T0), Grants.CONNECTED);
        Grant c = store.saveConnected(Grants.connected("c", T0), Grants.CONNECTED);
        store.update(c.requireReauthorization("invalid_grant"));

        assertThat(store.countByStatus(GrantStatus.ACTIVE)).isEqualTo(2);
        assertThat(store.countByStatus(GrantStatus.REAUTHORIZATION_REQUIRED)).isEqualTo(1);
    }
}
