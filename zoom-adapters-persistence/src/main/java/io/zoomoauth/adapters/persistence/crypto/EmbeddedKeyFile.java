package io.zoomoauth.adapters.persistence.crypto;

import io.zoomoauth.adapters.persistence.local.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The generated key of the embedded (H2) database: created once under the data directory, owner-only, and
 * reused on every later start. Its content is a key-ring entry, so it can be moved into
 * {@code ZOOM_TOKEN_ENCRYPTION_KEY} as is.
 */
final class EmbeddedKeyFile {

    static final String FILE_NAME = "token-encryption.key";
    static final String KEY_ID = "local";

    private final Path file;

    EmbeddedKeyFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    Path path() {
        return file;
    }

    /** Reads the key, generating it first if this is the first start. */
    Loaded loadOrCreate(SecureRandom random) {
        try {
            if (Files.exists(file)) {
                return new Loaded(read(), false);
            }
            DataDirectory.ownerOnlyDirectory(file.getParent());
            KeyRing.Key key = KeyRing.Key.generate(KEY_ID, random);
            Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp", DataDirectory.ownerOnlyFile());
            try {
                Files.writeString(temp, key.toConfigValue() + "\n", StandardCharsets.US_ASCII);
                publish(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
            return new Loaded(read(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the embedded token encryption key file " + file, e);
        }
    }

    /** Atomic and never overwriting, so two instances starting at once still end up with one key. */
    private void publish(Path temp) throws IOException {
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            // another process created it first: use theirs
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            if (!Files.exists(file)) {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private KeyRing read() throws IOException {
        String content = Files.readString(file, StandardCharsets.US_ASCII);
        try {
            return KeyRing.parse(content);
        } catch (EncryptionKeyInvalid e) {
            throw new IllegalStateException("The embedded token encryption key file " + file + " is corrupt;"
                    + " restore it, or delete it together with the embedded database");
        }
    }

    boolean isOwnerOnly() throws IOException {
        if (!DataDirectory.supportsPosix()) {
            return true;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        return permissions.stream().noneMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
    }

    record Loaded(KeyRing keyRing, boolean created) {
    }
}
