package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.application.port.in.ShowJobStatusUseCase;
import dev.tollgate.application.port.out.JobRuns;
import dev.tollgate.bootstrap.config.ConfigLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scheduled backup through the real wiring on H2 and PostgreSQL (pg_dump): the job writes the archive the {@code backup} command writes and
 * the owner receives it from the fake Bot API as one document, which restores into an empty database with the same
 * rows; over the upload limit the owner gets a message instead and the app carries on.
 */
class ScheduledBackupTest {

    private static final String TOKEN = "123456789:AAbackupTestTokenForTheFakeBotApi";
    private static final long OWNER = 1;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path work;

    private final FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN);
    private TestDatabase source;
    private List<String> rows;

    @AfterEach
    void stop() {
        telegram.close();
        if (source != null) {
            source.close();
        }
    }

    /** A shop database with three customers, then the app on it with the backup job on. */
    private Application startShop(String kind) throws Exception {
        source = TestDatabase.named(kind, work.resolve("source"));
        source.open();
        try (Connection db = DriverManager.getConnection(source.url, source.user, source.password.value())) {
            CommandLineTest.insertCustomers(db);
            rows = CommandLineTest.customers(db);
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("TOLLGATE_BOT_TOKEN", TOKEN);
        environment.put("TOLLGATE_BOT_API_URL", telegram.baseUrl().toString());
        environment.put("TOLLGATE_ADMIN_IDS", Long.toString(OWNER));
        environment.put("TOLLGATE_DB_URL", source.url);
        environment.put("TOLLGATE_DB_USER", source.user);
        environment.put("TOLLGATE_DB_PASSWORD", source.password.value());
        environment.put("TOLLGATE_HTTP_PORT", "0");
        environment.put("TOLLGATE_SECRET_KEY_FILE", work.resolve("secret.key").toString());
        environment.put("TOLLGATE_JOBS_BACKUP_INTERVAL", "PT24H");
        return Application.start(new ConfigLoader().load(environment), Clock.systemUTC());
    }

    private static JobRuns.State backupRun(Application app) throws InterruptedException {
        ShowJobStatusUseCase status = app.injector().getInstance(ShowJobStatusUseCase.class);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            var jobs = (ShowJobStatusUseCase.Jobs) status.show(ShowJobStatusUseCase.Command.forMonitoring());
            Optional<JobRuns.State> backup = jobs.jobs().stream().filter(state -> state.lastRun().job().equals("backup")).findFirst();
            if (backup.isPresent() || System.nanoTime() > deadline) {
                return backup.orElseThrow(() -> new AssertionError("the backup job did not run; jobs: " + jobs.jobs()));
            }
            Thread.sleep(100);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void backupJob_sendsTheOwnerOneDocument_thatRestoresIntoAnEmptyDatabaseWithTheSameRows(String kind) throws Exception {
        Path archive = work.resolve("received.zip");
        try (Application app = startShop(kind)) {
            telegram.awaitBotMessage(OWNER, m -> m.caption() != null && m.caption().contains("Tollgate backup"), WAIT);
            JobRuns.State run = backupRun(app);
            assertThat(run.runs()).isEqualTo(1);
            assertThat(run.failures()).isZero();
            assertThat(telegram.calls("sendDocument")).isEqualTo(1);
            FakeTelegramBotApi.Document document = telegram.documents(OWNER).get(0);
            assertThat(document.fileName()).matches("tollgate-\\d{8}-\\d{6}\\.zip");
            assertThat(document.caption()).contains(document.fileName());
            Files.write(archive, document.content());
        }
        assertThat(telegram.errors()).isEmpty();

        // A new machine: an empty database and no key file yet; the operator restores the document they received.
        source.empty();
        Map<String, String> target = new HashMap<>();
        target.put("TOLLGATE_DB_URL", kind.equals("h2") ? "jdbc:h2:file:" + work.resolve("target/tollgate") : source.url);
        target.put("TOLLGATE_DB_USER", source.user);
        target.put("TOLLGATE_DB_PASSWORD", source.password.value());
        target.put("TOLLGATE_SECRET_KEY_FILE", work.resolve("target/secret.key").toString());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = new CommandLine(target, new PrintStream(printed, true, StandardCharsets.UTF_8)).execute("restore", archive.toString());
        assertThat(status).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(CommandLine.OK);
        try (Connection db = DriverManager.getConnection(target.get("TOLLGATE_DB_URL"), source.user, source.password.value())) {
            assertThat(CommandLineTest.customers(db)).isEqualTo(rows);
        }
        assertThat(Files.readString(work.resolve("target/secret.key"))).isEqualTo(Files.readString(work.resolve("secret.key")));
    }

    @Test
    void backupJob_overTheBotApiUploadLimit_tellsTheOwnerInsteadAndTheRunSucceeds() throws Exception {
        telegram.uploadLimit(1024);
        try (Application app = startShop("h2")) {
            FakeTelegramBotApi.ChatMessage told = telegram.awaitBotMessage(OWNER,
                    m -> m.text() != null && m.text().contains("Backup not sent"), WAIT);
            assertThat(told.text()).contains("50 MB", "backup DIR");
            JobRuns.State run = backupRun(app);
            assertThat(run.failures()).as("%s", run.lastRun().failure()).isZero();
            assertThat(telegram.documents(OWNER)).isEmpty();
        }
    }
}
