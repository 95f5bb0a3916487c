package io.zoomoauth.adapters.persistence.crypto;

import java.nio.file.FileSystems;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** File attributes for files holding key material or sealed tokens: owner-only where the file system has them. */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** E.g. {@code "rw-------"} for a file, {@code "rwx------"} for a directory; none on non-POSIX systems. */
    public static FileAttribute<?>[] attributes(String permissions) {
        return supportsPosix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    static boolean supportsPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
