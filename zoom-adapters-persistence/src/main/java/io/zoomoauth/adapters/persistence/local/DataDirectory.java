package io.zoomoauth.adapters.persistence.local;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The local data directory ({@code zoom.vault.data-dir}) and the embedded H2 database's directory: generated keys
 * and the database files, readable by the service's own user only. Directories are created {@code 0700}, files
 * {@code 0600}; what others (H2) create under the process umask is tightened after the fact.
 */
@Singleton
public final class DataDirectory {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final List<Path> directories;

    DataDirectory(@Value("${zoom.vault.data-dir:./data}") Path dataDir,
                  @Value("${datasources.default.url:}") String datasourceUrl) {
        Set<Path> dirs = new LinkedHashSet<>();
        dirs.add(dataDir.toAbsolutePath().normalize());
        h2FileDirectory(datasourceUrl).ifPresent(dirs::add);
        this.directories = List.copyOf(dirs);
    }

    /** Creates the embedded database's directory owner-only before the database creates it with looser rights. */
    void prepareEmbeddedDatabase(String datasourceUrl) {
        h2FileDirectory(datasourceUrl).ifPresent(DataDirectory::ownerOnlyDirectory);
        secure();
    }

    /** Makes the existing directories and every file in them owner-only. */
    public void secure() {
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            ownerOnlyDirectory(dir);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    restrict(file, FILE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the data directory " + dir, e);
            }
        }
    }

    /** Creates {@code dir} (and missing parents of it) {@code 0700}, or makes an existing one {@code 0700}. */
    public static Path ownerOnlyDirectory(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, attributes(DIRECTORY));
            }
            restrict(dir, DIRECTORY);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
    }

    /** Writes a new file that is {@code 0600} from its creation on (never readable by others, not even briefly). */
    public static void writeOwnerOnly(Path file, String content) throws IOException {
        ownerOnlyDirectory(file.toAbsolutePath().getParent());
        Files.createFile(file, attributes(FILE));
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    public static FileAttribute<?>[] ownerOnlyFile() {
        return attributes(FILE);
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        return supportsPosix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (supportsPosix() && !Files.getPosixFilePermissions(path).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    public static boolean supportsPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** {@code jdbc:h2:file:./data/zoomoauth;…} → {@code ./data}; in-memory and server URLs have none. */
    static java.util.Optional<Path> h2FileDirectory(String url) {
        String prefix = url.startsWith("jdbc:h2:file:") ? "jdbc:h2:file:" : null;
        if (prefix == null) {
            return java.util.Optional.empty();
        }
        String file = url.substring(prefix.length()).split(";", 2)[0];
        Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
        return java.util.Optional.ofNullable(parent);
    }

    @Override
    public String toString() {
        return "DataDirectory" + new ArrayList<>(directories);
    }
}
