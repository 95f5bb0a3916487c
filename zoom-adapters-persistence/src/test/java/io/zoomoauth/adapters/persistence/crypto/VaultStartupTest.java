package io.zoomoauth.adapters.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.zoomoauth.adapters.persistence.support.Grants;
import io.zoomoauth.adapters.persistence.support.Keys;
import io.zoomoauth.domain.testing.MutableClock;
import io.zoomoauth.adapters.persistence.support.VaultContext;
import io.zoomoauth.adapters.persistence.testing.JdbcDatabase;
import io.zoomoauth.adapters.persistence.testing.TestDatabases;
import io.zoomoauth.domain.grant.Grant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The key must be configured for a real database; only the embedded H2 default may generate one. */
class VaultStartupTest {

    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final Path dataDir = Path.of("target", "vault-startup", UUID.randomUUID().toString());
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger factoryLogger = (Logger) LoggerFactory.getLogger(KeyRingFactory.class);

    @BeforeEach
    void captureLogs() {
        logs.start();
        factoryLogger.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        factoryLogger.detachAppender(logs);
    }

    @Test
    void aMissingKeyStopsStartUpOnARealDatabase() {
        JdbcDatabase mariaDb = TestDatabases.mariaDb().createDatabase("nokey");

        assertThatThrownBy(() -> VaultContext.start(mariaDb, null, clock, Map.of("zoom.vault.data-dir", dataDir.toString())))
                .satisfies(e -> assertThat(messages(e)).contains("ZOOM_TOKEN_ENCRYPTION_KEY is not set"));
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void aMalformedKeyStopsStartUpWithoutEchoingIt() {
        JdbcDatabase mariaDb = TestDatabases.mariaDb().createDatabase("badkey");
        String tooShort = Keys.randomBase64().substring(0, 24);

        assertThatThrownBy(() -> VaultContext.start(mariaDb, tooShort, clock))
                .satisfies(e -> assertThat(messages(e)).contains("ZOOM_TOKEN_ENCRYPTION_KEY is malformed")
                        .doesNotContain(tooShort));
        String ring = "new:" + Keys.randomBase64() + ",old:%%%" + tooShort;
        assertThatThrownBy(() -> VaultContext.start(mariaDb, ring, clock))
                .satisfies(e -> assertThat(messages(e)).contains("key ring entry 2 ('old') is not valid base64")
                        .doesNotContain(tooShort).doesNotContain(ring.substring(4, 30)));
    }

    @Test
    void theEmbeddedH2DatabaseGeneratesAKeyOnceWithALoudWarningAndReusesIt() throws Exception {
        JdbcDatabase h2 = TestDatabases.h2File(dataDir, "vault");
        Map<String, Object> embedded = Map.of("zoom.vault.data-dir", dataDir.toString());
        Grant grant = Grants.connected("local", T0);
        Path keyFile = dataDir.resolve("token-encryption.key");

        try (VaultContext first = VaultContext.start(h2, null, clock, embedded)) {
            first.grants().saveConnected(grant, Grants.CONNECTED);
        }
        String generated = Files.readString(keyFile);

        assertThat(generated).startsWith("local:");
        assertThat(KeyRing.parse(generated).active().id()).isEqualTo("local");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        List<ILoggingEvent> warnings = logs.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getFormattedMessage()).contains("ZOOM_TOKEN_ENCRYPTION_KEY is not set")
                .contains("local use").contains("generated now").doesNotContain(generated.substring(6, 30));

        try (VaultContext second = VaultContext.start(h2, null, clock, embedded)) {
            assertThat(second.grants().find(grant.userId()).orElseThrow().tokens()).isEqualTo(grant.tokens());
        }
        assertThat(Files.readString(keyFile)).isEqualTo(generated);
        assertThat(logs.list.get(logs.list.size() - 1).getFormattedMessage()).contains("generated earlier");

        try (VaultContext configured = VaultContext.start(h2, generated.strip(), clock, embedded)) {
            assertThat(configured.grants().find(grant.userId())).isPresent();
        }
    }

    @Test
    void aConfiguredKeyIsUsedOnH2AndNoKeyFileIsWritten() {
        JdbcDatabase h2 = TestDatabases.h2File(dataDir, "configured");

        try (VaultContext vault = VaultContext.start(h2, Keys.randomBase64(), clock,
                Map.of("zoom.vault.data-dir", dataDir.toString()))) {
            vault.grants().saveConnected(Grants.connected("u", T0), Grants.CONNECTED);
        }

        assertThat(dataDir.resolve("token-encryption.key")).doesNotExist();
        assertThat(logs.list).noneMatch(e -> e.getLevel() == Level.WARN);
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
