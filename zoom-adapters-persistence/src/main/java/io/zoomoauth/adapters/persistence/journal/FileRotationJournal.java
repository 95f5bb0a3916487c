package io.zoomoauth.adapters.persistence.journal;

import io.zoomoauth.adapters.persistence.crypto.FieldCipher;
import io.zoomoauth.adapters.persistence.local.DataDirectory;
import io.zoomoauth.adapters.persistence.crypto.VaultProperties;
import io.zoomoauth.domain.grant.PendingRotationJournal;
import io.zoomoauth.domain.grant.ZoomUserId;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PendingRotationJournal} as one owner-only file per user under {@code <zoom.vault.data-dir>/pending-rotations}:
 * the user id, then the entry sealed with the vault's key ring (AES-256-GCM, bound to the user id). Written
 * atomically (temp file, then move). Never fails its caller: problems are logged.
 */
@Singleton
final class FileRotationJournal implements PendingRotationJournal {

    static final String DIRECTORY = "pending-rotations";
    private static final String FIELD = "pending_rotation";
    private static final String SUFFIX = ".pending";
    private static final Logger LOG = LoggerFactory.getLogger(FileRotationJournal.class);

    private final Path directory;
    private final FieldCipher cipher;

    FileRotationJournal(VaultProperties vault, FieldCipher cipher) {
        this.directory = vault.dataDir().resolve(DIRECTORY);
        this.cipher = cipher;
    }

    @Override
    public void record(Entry entry) {
        String userId = entry.rotated().userId().value();
        StringBuilder text = new StringBuilder();
        GrantText.write(entry.base(), "base", text);
        GrantText.write(entry.rotated(), "rotated", text);
        byte[] sealed = cipher.seal(text.toString(), FIELD, userId);
        try {
            DataDirectory.ownerOnlyDirectory(directory);
            Path temp = Files.createTempFile(directory, "entry", ".tmp", DataDirectory.ownerOnlyFile());
            Files.writeString(temp, userId + "\n" + Base64.getEncoder().encodeToString(sealed) + "\n",
                    StandardCharsets.UTF_8);
            Files.move(temp, fileOf(entry.rotated().userId()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.error("Cannot journal the rotated tokens of user {} under {} ({}): they are held in memory only",
                    userId, directory, e.getClass().getSimpleName());
        }
    }

    @Override
    public void remove(ZoomUserId userId) {
        try {
            Files.deleteIfExists(fileOf(userId));
        } catch (IOException e) {
            LOG.warn("Cannot remove the journal entry of user {} ({})", userId, e.getClass().getSimpleName());
        }
    }

    @Override
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                try {
                    entries.add(read(file));
                } catch (IOException | RuntimeException e) {
                    LOG.error("Cannot read the journal entry {} ({}); left in place", file, e.getClass().getSimpleName());
                }
            }
        } catch (IOException e) {
            LOG.error("Cannot list the journal {} ({})", directory, e.getClass().getSimpleName());
        }
        return entries;
    }

    private Entry read(Path file) throws IOException {
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
        String userId = lines[0];
        var fields = GrantText.parse(cipher.open(Base64.getDecoder().decode(lines[1].trim()), FIELD, userId));
        Entry entry = new Entry(GrantText.read(fields, "base"), GrantText.read(fields, "rotated"));
        if (!entry.rotated().userId().value().equals(userId)) {
            throw new IllegalStateException("journal entry for another user");
        }
        return entry;
    }

    private Path fileOf(ZoomUserId userId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(userId.value().getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(hash, 0, 16) + SUFFIX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
