package dev.tollgate.bootstrap.operations;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.OwnerFiles;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.bootstrap.jobs.ScheduledJob;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** The scheduled backup sent to the owners in Telegram; installed when TOLLGATE_JOBS_BACKUP_INTERVAL is set. */
public final class BackupModule extends AbstractModule {

    private final Settings settings;
    private final Duration interval;

    public BackupModule(Settings settings, Duration interval) {
        this.settings = settings;
        this.interval = interval;
    }

    @ProvidesIntoSet
    ScheduledJob backupJob(OwnerFiles files, AdminAlerts alerts) {
        Backups backups = new Backups(settings, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        return new ScheduledJob("backup", interval, new OwnerBackups(backups::archive, files, alerts,
                Path.of(System.getProperty("java.io.tmpdir"))));
    }
}
