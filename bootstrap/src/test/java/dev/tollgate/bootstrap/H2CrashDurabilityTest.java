package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default keeps what it confirmed: a real app process on the default H2 file is killed with SIGKILL
 * while users buy, several times, and every invoice it announced and every payment it confirmed is in the
 * database afterwards.
 */
class H2CrashDurabilityTest {

    private static final Logger LOG = LoggerFactory.getLogger(H2CrashDurabilityTest.class);
    private static final int KILLS = 3;
    private static final int BUYERS = 8;

    @TempDir
    Path workDir;

    @Test
    void killMinus9_duringPurchasesOnTheDefaultH2File_losesNoAnnouncedOrderOrPayment() throws Exception {
        List<UUID> invoiced = new ArrayList<>();
        Map<UUID, String> paid = new LinkedHashMap<>();
        Random random = new Random(15);
        for (int round = 0; round < KILLS; round++) {
            int killAfter = 20 + random.nextInt(40);
            Process app = start(1000L + round * 100L);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                int payments = 0;
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.startsWith(PurchasingApp.MARK)) {
                        continue;
                    }
                    String[] word = line.substring(PurchasingApp.MARK.length()).split(" ");
                    if (word[0].equals("INVOICE")) {
                        invoiced.add(UUID.fromString(word[1]));
                    } else if (word[0].equals("PAID")) {
                        paid.put(UUID.fromString(word[1]), word[2]);
                        if (++payments == killAfter) {
                            app.destroyForcibly();
                            break;
                        }
                    }
                    assertThat(word[0]).as("app output").isIn("READY", "INVOICE", "PAID");
                }
                assertThat(payments).as("payments announced before the kill in round " + round).isEqualTo(killAfter);
            } finally {
                app.destroyForcibly();
                assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
        }

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/tollgate"), "sa", "")) {
            List<UUID> missingOrders = new ArrayList<>();
            for (UUID order : invoiced) {
                if (orderStatus(db, order) == null) {
                    missingOrders.add(order);
                }
            }
            List<UUID> unpaid = new ArrayList<>();
            for (Map.Entry<UUID, String> payment : paid.entrySet()) {
                String status = orderStatus(db, payment.getKey());
                if (!("PAID".equals(status) || "FULFILLED".equals(status)) || !paymentRecorded(db, payment.getValue())) {
                    unpaid.add(payment.getKey());
                }
            }
            LOG.info("{} kills: {} invoices and {} payments announced; {} orders missing, {} payments lost",
                    KILLS, invoiced.size(), paid.size(), missingOrders.size(), unpaid.size());
            assertThat(missingOrders).as("announced orders missing after kill -9").isEmpty();
            assertThat(unpaid).as("confirmed payments lost after kill -9").isEmpty();
        }
        assertThat(mode(workDir.resolve("data"))).isEqualTo("rwx------");
        assertThat(mode(workDir.resolve("data/tollgate.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(workDir.resolve("data/secret.key"))).isEqualTo("rw-------");
    }

    private Process start(long firstUser) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PurchasingApp.class.getName(), Long.toString(firstUser), Integer.toString(BUYERS))
                .directory(workDir.toFile())
                .redirectError(workDir.resolve("app-stderr.log").toFile());
        // The default database URL and key file (./data/...) under the working directory: what a new user gets.
        builder.environment().keySet().removeIf(name -> name.startsWith("TOLLGATE_"));
        builder.environment().put("TOLLGATE_HTTP_PORT", "0");
        // On demand only, to show what the test catches: -Dtollgate.crashtest.dbUrl='jdbc:h2:file:./data/tollgate;WRITE_DELAY=500'
        String url = System.getProperty("tollgate.crashtest.dbUrl", "");
        if (!url.isEmpty()) {
            builder.environment().put("TOLLGATE_DB_URL", url);
        }
        builder.environment().put("TOLLGATE_LOG_LEVEL", "WARN");
        return builder.start();
    }

    private static String orderStatus(Connection db, UUID order) throws Exception {
        try (PreparedStatement query = db.prepareStatement("SELECT status FROM orders WHERE id = ?")) {
            query.setObject(1, order);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static boolean paymentRecorded(Connection db, String charge) throws Exception {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT COUNT(*) FROM payments WHERE provider = 'TELEGRAM_STARS' AND external_id = ?")) {
            query.setString(1, charge);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1) == 1;
            }
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
