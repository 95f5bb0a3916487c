package io.zoomoauth.adapters.persistence.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zoomoauth.adapters.persistence.support.Grants;
import io.zoomoauth.adapters.persistence.support.Keys;
import io.zoomoauth.adapters.persistence.support.VaultContext;
import io.zoomoauth.adapters.persistence.testing.TestDatabases;
import io.zoomoauth.domain.grant.Grant;
import io.zoomoauth.domain.grant.PendingRotationJournal;
import io.zoomoauth.domain.grant.PendingRotationJournal.Entry;
import io.zoomoauth.domain.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FileRotationJournalTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00.123456Z");
    private final Path dataDir = Path.of("target", "journal-test-" + UUID.randomUUID()).toAbsolutePath();
    private final String key = Keys.randomBase64();

    @Test
    void anEntryOutlivesTheProcessSealedOwnerOnlyAndIsGoneOnceRemoved() throws Exception {
        Grant base = Grants.connected("journal-user", T0);
        Grant rotated = base.refreshed(Grants.tokens(T0.plusSeconds(3600)), T0.plusSeconds(3600));
        try (VaultContext first = vault()) {
            journal(first).record(new Entry(base, rotated));
        }

        List<Path> files;
        try (var listing = Files.list(dataDir.resolve(FileRotationJournal.DIRECTORY))) {
            files = listing.toList();
        }
        assertThat(files).hasSize(1);
        String content = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertThat(content).startsWith("journal-user\n")
                .doesNotContain(rotated.tokens().refreshToken().value())
                .doesNotContain(rotated.tokens().accessToken().value());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0)))).isEqualTo("rw-------");

        try (VaultContext restarted = vault()) {
            PendingRotationJournal journal = journal(restarted);
            assertThat(journal.entries()).singleElement().satisfies(entry -> {
                assertThat(entry.base()).isEqualTo(base);
                assertThat(entry.rotated()).isEqualTo(rotated);
            });
            journal.remove(rotated.userId());
            assertThat(journal.entries()).isEmpty();
        }
    }

    @Test
    void anEntryThatCannotBeOpenedIsLeftInPlaceAndSkipped() throws Exception {
        Grant base = Grants.connected("other-key", T0);
        try (VaultContext first = vault()) {
            journal(first).record(new Entry(base, base.refreshed(Grants.tokens(T0), T0)));
        }
        try (VaultContext withAnotherKey = VaultContext.start(TestDatabases.h2InMemory("journal"), Keys.randomBase64(),
                new MutableClock(T0), Map.of("zoom.vault.data-dir", dataDir.toString()))) {
            assertThat(journal(withAnotherKey).entries()).isEmpty();
        }
        try (VaultContext again = vault()) {
            assertThat(journal(again).entries()).hasSize(1);
        }
    }

    private VaultContext vault() {
        return VaultContext.start(TestDatabases.h2InMemory("journal"), key, new MutableClock(T0),
                Map.of("zoom.vault.data-dir", dataDir.toString()));
    }

    private static PendingRotationJournal journal(VaultContext vault) {
        return vault.context().getBean(PendingRotationJournal.class);
    }
}
