package dev.tollgate.bootstrap.operations;

import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.OwnerFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled backup: writes the same archive as the {@code backup} command into a private temporary directory
 * (0700, the archive 0600), sends it to the owners through {@link OwnerFiles} and deletes it again, whatever
 * happened. An archive over the Bot API's upload limit is not sent: the admins are told (one alert) and it is logged.
 * A missing tool (PostgreSQL without pg_dump) is told to the admins once per process, then only logged at DEBUG;
 * any other failure ends the run, which the scheduler records, and the next interval tries again.
 */
final class OwnerBackups implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerBackups.class);

    /** Writes one backup archive into a directory and returns its path. */
    interface Archives {
        Path write(Path directory);
    }

    private final Archives archives;
    private final OwnerFiles files;
    private final AdminAlerts alerts;
    private final Path temporaryRoot;
    private final AtomicBoolean toldMissingTool = new AtomicBoolean();

    OwnerBackups(Archives archives, OwnerFiles files, AdminAlerts alerts, Path temporaryRoot) {
        this.archives = archives;
        this.files = files;
        this.alerts = alerts;
        this.temporaryRoot = temporaryRoot;
    }

    @Override
    public void run() {
        Path directory = privateDirectory();
        try {
            Path archive;
            try {
                archive = archives.write(directory);
            } catch (Backups.MissingToolException e) {
                if (toldMissingTool.compareAndSet(false, true)) {
                    LOG.warn("the scheduled backup cannot be written: {}; the admins are told once", e.getMessage());
                    alerts.alert(new AdminAlert.BackupFailed(e.getMessage()));
                } else {
                    LOG.debug("the scheduled backup still cannot be written: {}", e.getMessage());
                }
                return;
            }
            toldMissingTool.set(false);
            long size = Files.size(archive);
            OwnerFiles.Delivery delivery = files.sendBackup(archive, archive.getFileName().toString());
            if (delivery instanceof OwnerFiles.Sent sent) {
                LOG.info("backup {} ({} bytes) sent to {} admin(s) in Telegram", archive.getFileName(), size, sent.owners());
            } else if (delivery instanceof OwnerFiles.TooLarge tooLarge) {
                LOG.warn("backup {} ({} bytes) is too large for the Bot API's upload limit ({} bytes): not sent; run the "
                        + "backup command on the server instead", archive.getFileName(), tooLarge.bytes(), tooLarge.limitBytes());
                alerts.alert(new AdminAlert.BackupTooLarge(tooLarge.bytes(), tooLarge.limitBytes()));
            } else {
                LOG.warn("backup {} not sent: no admins are configured (TOLLGATE_BOT_ADMIN_IDS)", archive.getFileName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup archive: " + e.getMessage(), e);
        } finally {
            delete(directory);
        }
    }

    private Path privateDirectory() {
        try {
            return Files.createTempDirectory(temporaryRoot, "tollgate-backup-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a private temporary directory in " + temporaryRoot, e);
        }
    }

    private static void delete(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.warn("cannot delete the temporary backup file {}: {}", path, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot delete the temporary backup directory {}: {}", directory, e.getMessage());
        }
    }
}
