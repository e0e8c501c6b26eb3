package dev.tollgate.adapters.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Restricts the database directory (0700) and files (0600) to the account the app runs as. */
final class OwnerOnly {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);

    private OwnerOnly() {
    }

    static void directory(Path directory) {
        restrict(directory, "rwx------");
    }

    static void file(Path file) {
        restrict(file, "rw-------");
    }

    private static void restrict(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("cannot restrict the permissions of {} on this file system", path);
        } catch (IOException e) {
            LOG.warn("cannot restrict the permissions of {}: {}", path, e.getMessage());
        }
    }
}
