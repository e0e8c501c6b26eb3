package dev.tollgate.application.port.out;

import java.nio.file.Path;
import java.util.Objects;

/** Sends a file (a backup) to the shop's owners, the configured admins, through the messenger they use. */
public interface OwnerFiles {

    /**
     * Sends the backup {@code file} under {@code fileName} to every owner, captioned in their language; a file over the
     * messenger's upload limit is not sent. Throws {@link NotificationFailedException} when no owner could receive it
     * for another reason.
     */
    Delivery sendBackup(Path file, String fileName);

    /** What became of a file. */
    sealed interface Delivery {
    }

    /** Delivered to this many owners. */
    record Sent(int owners) implements Delivery {
    }

    /** Larger than the messenger accepts ({@code limitBytes}); nobody received it. */
    record TooLarge(long bytes, long limitBytes) implements Delivery {
    }

    /** No owner is configured. */
    record NoOwners() implements Delivery {
    }

    /** Checks the arguments every implementation needs. */
    static void require(Path file, String fileName) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
    }
}
