package io.zoomoauth.adapters.persistence.grant;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.persistence.support.Keys;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.adapters.persistence.support.RawSql;
import io.zoomoauth.adapters.persistence.support.VaultContext;
import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.adapters.persistence.testing.TestDatabases;
import io.zoomoauth.domain.grant.ZoomUserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Grants due for keep-alive" stays an index range scan, without a sort, at 100k grants on a real MariaDB. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeepAliveQueryPlanTest {

    private static final Logger LOG = LoggerFactory.getLogger(KeepAliveQueryPlanTest.class);
    private static final int GRANTS = 100_000;
    /** Refresh tokens issued over 40 days from here, in an order unrelated to the user ids. */
    private static final String FIRST_ISSUE = "2026-01-01 00:00:00";
    private static final int SPREAD_SECONDS = 40 * 24 * 3600;

    private JdbcDatabase database;
    private VaultContext vault;

    @BeforeAll
    void fillWith100kGrants() throws Exception {
        database = TestDatabases.mariaDb().createDatabase("plan");
        vault = VaultContext.start(database, Keys.randomBase64(), new MutableClock(Instant.parse("2026-02-15T00:00:00Z")));
        long start = System.nanoTime();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE digits (d INT NOT NULL)");
            statement.execute("INSERT INTO digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
            // One statement, 100k rows: every tenth grant needs re-authorization; ciphertexts are stand-ins.
            statement.execute("""
                    INSERT INTO zoom_grant (zoom_user_id, zoom_account_id, email, display_name, scopes,
                      access_token_enc, access_token_expires_at, refresh_token_enc, refresh_token_issued_at,
                      status, status_reason, version, connected_at, created_at, updated_at)
                    SELECT CONCAT('user', LPAD(n, 6, '0')), 'account', 'someone@example.com', 'Some One',
                      'meeting:write:meeting user:read:user', UNHEX(REPEAT('AB', 600)),
                      DATE_ADD(issued, INTERVAL 3599 SECOND), UNHEX(REPEAT('CD', 600)), issued,
                      CASE WHEN MOD(n, 10) = 0 THEN 'REAUTHORIZATION_REQUIRED' ELSE 'ACTIVE' END,
                      CASE WHEN MOD(n, 10) = 0 THEN 'invalid_grant' ELSE '' END, 1, issued, issued, issued
                    FROM (SELECT n, DATE_ADD('%s', INTERVAL MOD(n * 7919, %d) SECOND) AS issued
                          FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n
                                FROM digits a, digits b, digits c, digits e, digits f) numbers) grants
                    """.formatted(FIRST_ISSUE, SPREAD_SECONDS));
            statement.execute("ANALYZE TABLE zoom_grant");
        }
        LOG.info("Inserted {} grants in {} ms", GRANTS, (System.nanoTime() - start) / 1_000_000);
        assertThat(new RawSql(database).count("SELECT COUNT(*) FROM zoom_grant")).isEqualTo(GRANTS);
    }

    @AfterAll
    void stop() {
        vault.close();
        TestDatabases.mariaDb().dropDatabase(database);
    }

    @Test
    void aFewDueGrantsAreAnIndexRangeScanWithoutSorting() throws Exception {
        assertRangeScanOfKeepAliveIndex(explain("2026-01-02 00:00:00.000000"));
    }

    @Test
    void mostGrantsDueIsStillAnIndexRangeScanWithoutSorting() throws Exception {
        assertRangeScanOfKeepAliveIndex(explain("2026-02-05 00:00:00.000000"));
    }

    @Test
    void theStoreReturnsTheOldestDueActiveGrantsFirst() {
        Instant issuedBefore = Instant.parse("2026-01-20T00:00:00Z");
        vault.grants().findDueForKeepAlive(issuedBefore, 500); // warm up
        long start = System.nanoTime();
        List<ZoomUserId> due = vault.grants().findDueForKeepAlive(issuedBefore, 500);
        LOG.info("findDueForKeepAlive(limit 500) over {} grants took {} ms", GRANTS, (System.nanoTime() - start) / 1_000_000);

        // The same answer computed the slow way, without the index.
        List<Object> expected = new RawSql(database).query("""
                SELECT zoom_user_id FROM zoom_grant IGNORE INDEX (ix_zoom_grant_keep_alive)
                WHERE status = 'ACTIVE' AND refresh_token_issued_at < '2026-01-20 00:00:00'
                ORDER BY refresh_token_issued_at, zoom_user_id LIMIT 500""").stream()
                .map(row -> row.get("zoom_user_id")).toList();
        assertThat(due).hasSize(500);
        assertThat(due.stream().map(ZoomUserId::value).toList()).isEqualTo(expected);
    }

    private Map<String, Object> explain(String issuedBefore) throws Exception {
        String sql = "EXPLAIN " + GrantRepository.KEEP_ALIVE.replace(":status", "?").replace(":issuedBefore", "?")
                .replace(":limit", "?");
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, "ACTIVE");
            statement.setString(2, issuedBefore);
            statement.setInt(3, 100);
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                assertThat(rs.next()).isTrue();
                Map<String, Object> plan = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    plan.put(meta.getColumnLabel(i).toLowerCase(), rs.getObject(i));
                }
                assertThat(rs.next()).as("one table, one plan row").isFalse();
                LOG.info("EXPLAIN keep-alive query, issued before {}: {}", issuedBefore, plan);
                return plan;
            }
        }
    }

    private static void assertRangeScanOfKeepAliveIndex(Map<String, Object> plan) {
        assertThat(plan.get("key")).isEqualTo("ix_zoom_grant_keep_alive");
        assertThat(plan.get("type")).isEqualTo("range");
        assertThat(String.valueOf(plan.get("extra"))).doesNotContainIgnoringCase("filesort");
    }
}
