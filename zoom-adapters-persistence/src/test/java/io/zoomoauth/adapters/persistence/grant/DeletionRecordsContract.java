package io.zoomoauth.adapters.persistence.grant;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;
import io.zoomoauth.adapters.persistence.support.Grants;
import io.zoomoauth.adapters.persistence.support.VaultStoreContract;
import io.zoomoauth.domain.grant.DeletionRecords;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.GrantStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every {@link DeletionRecords} must do, run against each real database. */
abstract class DeletionRecordsContract extends VaultStoreContract {

    static final Instant T0 = Instant.parse("2026-08-01T09:00:00.000001Z");

    private GrantStore grants;
    private DeletionRecords records;

    DeletionRecordsContract(DatabaseTarget target) {
        super(target, "deletions", T0, "zoom_grant", "grant_deletion");
    }

    @BeforeAll
    void open() {
        grants = vault.grants();
        records = vault.deletionRecords();
    }

    @Test
    void aUserWhoRemovedTheAppIsKnownByIdAndByEmailInAnyCase() {
        Grant grant = grants.saveConnected(Grants.connected("Leaver", T0), Grants.CONNECTED);
        grants.deleteDeauthorized(grant.userId(), T0.plusSeconds(1), T0.plusSeconds(2), DeletionRecords.DEAUTHORIZATION, Grants.deauthorized(grant.userId().value()));

        assertThat(records.removedTheApp("Leaver")).isTrue();
        assertThat(records.removedTheApp("leaver@example.com")).isTrue();
        assertThat(records.removedTheApp("LEAVER@Example.COM")).isTrue();
        assertThat(records.removedTheApp("leaver")).as("user ids are case-sensitive").isFalse();
        assertThat(records.removedTheApp("someone@example.com")).isFalse();
    }

    @Test
    void onlyTheLatestRecordCounts() {
        Grant grant = grants.saveConnected(Grants.connected("Back", T0), Grants.CONNECTED);
        grants.deleteUser(grant.userId(), T0.plusSeconds(1), DeletionRecords.DEAUTHORIZATION, Grants.deauthorized(grant.userId().value()));
        grants.saveConnected(Grants.connected("Back", T0.plusSeconds(2)), Grants.CONNECTED);
        grants.deleteUser(grant.userId(), T0.plusSeconds(3), "disconnected", Grants.deauthorized(grant.userId().value()));

        assertThat(records.removedTheApp("Back")).as("reconnected, then disconnected by the organisation").isFalse();

        grants.deleteUser(grant.userId(), T0.plusSeconds(4), DeletionRecords.DEAUTHORIZATION, Grants.deauthorized(grant.userId().value()));
        assertThat(records.removedTheApp("Back")).isTrue();
    }

    @Test
    void retentionForgetsOldRecordsOnly() {
        Grant grant = grants.saveConnected(Grants.connected("Old", T0), Grants.CONNECTED);
        grants.deleteUser(grant.userId(), T0.minus(Duration.ofDays(400)), DeletionRecords.DEAUTHORIZATION, Grants.deauthorized(grant.userId().value()));
        grants.deleteUser(grant.userId(), T0.minus(Duration.ofDays(10)), "disconnected", Grants.deauthorized(grant.userId().value()));

        assertThat(records.deleteRecordedBefore(T0.minus(Duration.ofDays(365)))).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM grant_deletion")).isEqualTo(1);
    }
}
