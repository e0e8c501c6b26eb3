package dev.tollgate.bootstrap.operations;

import dev.tollgate.application.port.out.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES key that encrypts panel secrets at rest: TOLLGATE_SECURITY_SECRET_KEY when set, else the key file, which is
 * created with a fresh random key (readable by the owner only) the first time the app starts.
 */
public final class SecretKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SecretKeys.class);

    private SecretKeys() {
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("cannot restrict the permissions of {} on this file system", path);
        }
    }

    public static Secret resolve(Secret configured, Path keyFile) {
        if (!configured.isEmpty()) {
            return configured;
        }
        try {
            if (Files.isRegularFile(keyFile)) {
                return new Secret(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
            }
            Path parent = keyFile.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
                restrict(parent, "rwx------");
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            // Created with owner-only permissions so the key is never readable by others, not even for a moment.
            try {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(keyFile);
                LOG.warn("cannot restrict the permissions of {} on this file system", keyFile);
            }
            Files.writeString(keyFile, encoded + "\n", StandardCharsets.US_ASCII);
            LOG.warn("created a new secret key in {}: back it up, stored panel passwords cannot be read without it",
                    keyFile.toAbsolutePath());
            return new Secret(encoded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret key file " + keyFile
                    + " (set TOLLGATE_SECURITY_SECRET_KEY or TOLLGATE_SECRET_KEY_FILE)", e);
        }
    }
}
