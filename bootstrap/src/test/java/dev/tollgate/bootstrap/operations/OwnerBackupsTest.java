package dev.tollgate.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.fakes.RecordingAdminAlerts;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.OwnerFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduled backup's run: what is sent, what the admins are told, and that no temporary file is left behind. */
class OwnerBackupsTest {

    @TempDir
    Path temporaryRoot;

    private final RecordingAdminAlerts alerts = new RecordingAdminAlerts();
    private final List<String> seen = new ArrayList<>();

    /** Records what it was given (name, size, modes) and answers as told. */
    private OwnerFiles owners(Function<Path, OwnerFiles.Delivery> answer) {
        return (file, fileName) -> {
            try {
                seen.add(fileName + " " + Files.size(file) + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(file))
                        + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return answer.apply(file);
        };
    }

    private static OwnerBackups.Archives archiveOf(int bytes) {
        return directory -> {
            try {
                Path archive = Files.createFile(directory.resolve("tollgate-20261201-033000.zip"),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                return Files.write(archive, new byte[bytes]);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private long leftovers() throws Exception {
        try (Stream<Path> files = Files.list(temporaryRoot)) {
            return files.count();
        }
    }

    @Test
    void run_whenTheArchiveFits_sendsItFromAPrivateDirectoryAndDeletesIt() throws Exception {
        new OwnerBackups(archiveOf(1234), owners(file -> new OwnerFiles.Sent(1)), alerts, temporaryRoot).run();

        assertThat(seen).containsExactly("tollgate-20261201-033000.zip 1234 rw------- rwx------");
        assertThat(alerts.alerts()).isEmpty();
        assertThat(leftovers()).isZero();
    }

    @Test
    void run_whenTheArchiveIsOverTheUploadLimit_tellsTheAdminsAndDeletesIt() throws Exception {
        new OwnerBackups(archiveOf(2000), owners(file -> new OwnerFiles.TooLarge(2000, 1000)), alerts, temporaryRoot).run();

        assertThat(alerts.alerts()).containsExactly(new AdminAlert.BackupTooLarge(2000, 1000));
        assertThat(leftovers()).isZero();
    }

    @Test
    void run_withoutPgDump_tellsTheAdminsOnceOverManyRunsAndAgainAfterItWorkedOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        OwnerBackups.Archives sometimesMissing = directory -> {
            if (runs.incrementAndGet() == 4) {
                return archiveOf(10).write(directory);
            }
            throw new Backups.MissingToolException("pg_dump is not installed", null);
        };
        OwnerBackups backups = new OwnerBackups(sometimesMissing, owners(file -> new OwnerFiles.Sent(1)), alerts, temporaryRoot);

        for (int run = 1; run <= 5; run++) {
            backups.run();
        }

        assertThat(alerts.alerts()).containsExactly(new AdminAlert.BackupFailed("pg_dump is not installed"),
                new AdminAlert.BackupFailed("pg_dump is not installed"));
        assertThat(seen).hasSize(1);
        assertThat(leftovers()).isZero();
    }

    @Test
    void run_whenTheDatabaseCannotBeRead_failsTheRunForTheSchedulerAndLeavesNothingBehind() throws Exception {
        OwnerBackups backups = new OwnerBackups(directory -> {
            throw new IllegalStateException("cannot read the database");
        }, owners(file -> new OwnerFiles.Sent(1)), alerts, temporaryRoot);

        assertThatThrownBy(backups::run).hasMessageContaining("cannot read the database");
        assertThat(alerts.alerts()).isEmpty();
        assertThat(leftovers()).isZero();
    }
}
