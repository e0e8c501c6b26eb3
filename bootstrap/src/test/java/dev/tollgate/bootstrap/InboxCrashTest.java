package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.Invoice;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing a user sends is lost: a real app process is killed with SIGKILL while Stars payments wait in its inbox
 * behind a slow Bot API; a new process handles the rest. Every payment is recorded exactly once, on H2 and PostgreSQL.
 */
class InboxCrashTest {

    private static final String TOKEN = "91:inbox-crash";
    private static final int BUYERS = 16;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN);
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        telegram.close();
    }

    @Test
    void killMinus9_withPaymentsInTheInbox_onH2_recordsEveryPaymentExactlyOnce() throws Exception {
        Path work = Files.createTempDirectory("tollgate-inbox-h2");
        // AUTO_SERVER lets the test read the file while the app has it open; WRITE_DELAY=0 makes each commit durable.
        String url = "jdbc:h2:file:" + work.resolve("db/tollgate").toAbsolutePath() + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
        run(work, url, "sa", "", () -> DriverManager.getConnection(url, "sa", ""));
    }

    @Test
    void killMinus9_withPaymentsInTheInbox_onPostgres_recordsEveryPaymentExactlyOnce() throws Exception {
        try (TestDatabase database = TestDatabase.postgres()) {
            run(Files.createTempDirectory("tollgate-inbox-pg"), database.url, database.user, database.password.value(),
                    () -> DriverManager.getConnection(database.url, database.user, database.password.value()));
        }
    }

    private interface Db {
        Connection open() throws Exception;
    }

    private void run(Path work, String url, String user, String password, Db db) throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("TOLLGATE_BOT_TOKEN", TOKEN);
        environment.put("TOLLGATE_BOT_API_URL", telegram.baseUrl().toString());
        environment.put("TOLLGATE_BOT_WORKERS", "2");
        environment.put("TOLLGATE_BOT_LEASE", "PT3S");
        environment.put("TOLLGATE_DB_URL", url);
        environment.put("TOLLGATE_DB_USER", user);
        environment.put("TOLLGATE_DB_PASSWORD", password);
        environment.put("TOLLGATE_HTTP_PORT", "0");
        environment.put("TOLLGATE_SECRET_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        environment.put("TOLLGATE_SECRET_KEY_FILE", work.resolve("secret.key").toString());

        Process first = start(environment, work.resolve("first.log"));
        List<TgUser> buyers = new ArrayList<>();
        Map<Long, Invoice> invoices = new HashMap<>();
        for (int i = 0; i < BUYERS; i++) {
            TgUser buyer = new TgUser(7000 + i, "Buyer" + i, "en");
            buyers.add(buyer);
            telegram.userSends(buyer, "/start");
        }
        for (TgUser buyer : buyers) {
            ChatMessage menu = telegram.awaitBotMessage(buyer.id(), m -> m.buttonData("Wallet").isPresent(), WAIT);
            telegram.userPresses(buyer, menu.messageId(), "top:100");
        }
        for (TgUser buyer : buyers) {
            awaitUntil(() -> !telegram.invoices(buyer.id()).isEmpty(), "an invoice for " + buyer.id());
            invoices.put(buyer.id(), telegram.invoices(buyer.id()).get(0));
        }
        // A slow Bot API: the payments queue up in the inbox, and the process dies with most of them unhandled.
        telegram.answerDelay(Duration.ofMillis(300));
        for (TgUser buyer : buyers) {
            telegram.deliverSuccessfulPayment(buyer, invoices.get(buyer.id()), "charge-" + buyer.id());
        }
        awaitUntil(() -> toppedUp(buyers) >= 2, "the first payments handled");
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int beforeKill = toppedUp(buyers);
        assertThat(beforeKill).as("the kill came in the middle").isLessThan(BUYERS);

        telegram.answerDelay(Duration.ZERO);
        Process second = start(environment, work.resolve("second.log"));
        awaitUntil(() -> toppedUp(buyers) + confirmedAgain(buyers) >= BUYERS, "every buyer told their payment arrived");
        awaitUntil(() -> unfinished(db) == 0, "the inbox drained (the killed process's leases ran out and were taken over)");
        second.destroy();
        assertThat(second.waitFor(20, TimeUnit.SECONDS)).as("SIGTERM stops the app").isTrue();

        try (Connection connection = db.open()) {
            assertThat(count(connection, "SELECT COUNT(*) FROM payments WHERE provider = 'TELEGRAM_STARS'")).isEqualTo(BUYERS);
            assertThat(count(connection, "SELECT COUNT(DISTINCT external_id) FROM payments")).isEqualTo(BUYERS);
            assertThat(count(connection, "SELECT COUNT(*) FROM telegram_updates WHERE finished = FALSE")).isZero();
        }
        for (TgUser buyer : buyers) {
            assertThat(telegram.messages(buyer.id()).stream().filter(m -> m.text() != null && m.text().contains("topped up")))
                    .as("told at most once: %s", buyer.id()).hasSizeLessThanOrEqualTo(1);
        }
        // Every buyer's wallet holds exactly the 100 stars paid: nothing lost, nothing credited twice.
        try (Connection connection = db.open()) {
            assertThat(count(connection, "SELECT COUNT(DISTINCT owner_id) FROM wallet_ledger")).isEqualTo(BUYERS);
            assertThat(count(connection, "SELECT COUNT(*) FROM wallet_ledger")).as("one credit per payment").isEqualTo(BUYERS);
        }
    }

    /** Buyers whose payment the killed process recorded but perhaps never announced: the retry confirms it. */
    private int confirmedAgain(List<TgUser> buyers) {
        int told = 0;
        for (TgUser buyer : buyers) {
            boolean toppedUp = telegram.messages(buyer.id()).stream().anyMatch(m -> m.text() != null && m.text().contains("topped up"));
            if (!toppedUp && telegram.messages(buyer.id()).stream().anyMatch(m -> m.text() != null
                    && m.text().contains("received and recorded"))) {
                told++;
            }
        }
        return told;
    }

    private int toppedUp(List<TgUser> buyers) {
        int told = 0;
        for (TgUser buyer : buyers) {
            if (telegram.messages(buyer.id()).stream().anyMatch(m -> m.text() != null && m.text().contains("topped up"))) {
                told++;
            }
        }
        return told;
    }

    private static long unfinished(Db db) {
        try (Connection connection = db.open()) {
            return count(connection, "SELECT COUNT(*) FROM telegram_updates WHERE finished = FALSE");
        } catch (Exception e) {
            return -1;
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Process start(Map<String, String> environment, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName());
        builder.environment().keySet().removeIf(name -> name.startsWith("TOLLGATE_"));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
