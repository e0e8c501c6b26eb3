package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.REMINDER_LOG;
import static dev.tollgate.adapters.persistence.generated.Tables.SUBSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.reminder.ReminderKey;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: measures, on H2 (file) and on PostgreSQL, inserting 100k subscriptions in JDBC batches and the
 * due-reminder query among 1M subscriptions, and prints the query plans. Tagged {@code benchmark}, so no normal build
 * runs it; see README-benchmark.md for the command. The report also goes to target/benchmark/persistence.md.
 */
@Tag("benchmark")
class PersistenceBenchmark {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final int CUSTOMERS = 10_000;
    private static final int BATCHED = Integer.getInteger("benchmark.batched", 100_000);
    private static final int TOTAL = Integer.getInteger("benchmark.total", 1_000_000);
    private static final int THROUGH_REPOSITORY = Integer.getInteger("benchmark.repository", 10_000);
    private static final String DATABASES = System.getProperty("benchmark.databases", "h2,postgres");
    private static final int BATCH_SIZE = 1_000;
    private static final int QUERY_RUNS = 7;
    private static final long QUOTA = 53_687_091_200L;

    @TempDir
    Path directory;

    private final StringBuilder report = new StringBuilder();

    @Test
    void insertAndDueReminders_onH2AndPostgres() throws IOException {
        line("# Persistence benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        line("");
        line("Fixture: " + CUSTOMERS + " customers; subscriptions with expiry spread over -30..+335 days around now = "
                + NOW + ", 80 % ACTIVE (10 % EXPIRED, 10 % LIMITED), 5 % of them at >= 80 % of their traffic quota.");
        if (DATABASES.contains("h2")) {
            Injector h2 = TestDatabases.h2(directory);
            try {
                run("H2 2.3 (file mode)", h2);
            } finally {
                TestDatabases.stop(h2);
            }
        }
        if (DATABASES.contains("postgres")) {
            Injector postgres = TestDatabases.postgres();
            try {
                run("PostgreSQL", postgres);
            } finally {
                TestDatabases.stop(postgres);
            }
        }
        Path out = Path.of("target", "benchmark", "persistence.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void run(String name, Injector injector) {
        DSLContext dsl = injector.getInstance(DSLContext.class);
        SQLDialect dialect = dsl.dialect();
        line("");
        line("## " + name + " (" + dsl.fetchValue("SELECT " + (dialect == SQLDialect.H2 ? "H2VERSION()" : "version()")) + ")");
        dsl.execute("INSERT INTO customers (telegram_user_id, language, first_seen_at, version) SELECT g, 'EN', "
                + "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 0 FROM " + range(dialect, 1, CUSTOMERS));

        long start = System.nanoTime();
        insertBatched(dsl, 1, BATCHED);
        long batchedNanos = System.nanoTime() - start;
        line("");
        line(String.format(Locale.ROOT, "* insert %,d subscriptions, JDBC batches of %,d, one transaction per batch: "
                + "**%.2f s** (%,.0f rows/s)", BATCHED, BATCH_SIZE, seconds(batchedNanos), BATCHED / seconds(batchedNanos)));

        SubscriptionRepository repository = injector.getInstance(SubscriptionRepository.class);
        TransactionRunner transactions = injector.getInstance(TransactionRunner.class);
        start = System.nanoTime();
        for (int from = BATCHED + 1; from <= BATCHED + THROUGH_REPOSITORY; from += BATCH_SIZE) {
            int first = from;
            transactions.run(() -> {
                for (long g = first; g < first + BATCH_SIZE; g++) {
                    repository.insert(subscription(g));
                }
            });
        }
        long repositoryNanos = System.nanoTime() - start;
        line(String.format(Locale.ROOT, "* for comparison, %,d through SubscriptionRepository.insert (one statement "
                + "each, %,d per transaction): %.2f s (%,.0f rows/s)", THROUGH_REPOSITORY, BATCH_SIZE,
                seconds(repositoryNanos), THROUGH_REPOSITORY / seconds(repositoryNanos)));

        start = System.nanoTime();
        // Chunks of 100k rows, each its own transaction, so neither database holds 900k uncommitted rows.
        for (long from = BATCHED + THROUGH_REPOSITORY + 1; from <= TOTAL; from += 100_000) {
            fillWithSql(dsl, from, Math.min(TOTAL, from + 99_999));
        }
        analyze(dsl);
        line(String.format(Locale.ROOT, "* fixture grown to %,d subscriptions with INSERT ... SELECT (untimed, %.1f s)",
                dsl.fetchCount(SUBSCRIPTIONS), seconds(System.nanoTime() - start)));

        JooqSubscriptionRepository subscriptions = injector.getInstance(JooqSubscriptionRepository.class);
        List<ReminderKey> dueBefore = subscriptions.findDueReminders(NOW, Integer.MAX_VALUE);
        List<ReminderKey> alreadySent = new ArrayList<>();
        for (ReminderKey key : dueBefore) {
            if (Math.floorMod(key.subscription().value().hashCode(), 10) != 0) {
                alreadySent.add(key);
            }
        }
        for (int from = 0; from < alreadySent.size(); from += BATCH_SIZE) {
            List<ReminderKey> chunk = alreadySent.subList(from, Math.min(alreadySent.size(), from + BATCH_SIZE));
            transactions.run(() -> {
                BatchBindStep batch = dsl.batch(dsl.insertInto(REMINDER_LOG, REMINDER_LOG.SUBSCRIPTION_ID,
                        REMINDER_LOG.KIND, REMINDER_LOG.PERIOD_END, REMINDER_LOG.RECORDED_AT)
                        .values((UUID) null, null, null, null));
                for (ReminderKey key : chunk) {
                    batch.bind(key.subscription().value(), key.kind().name(), Times.toDb(key.period()), Times.toDb(NOW));
                }
                batch.execute();
            });
        }
        analyze(dsl);
        line(String.format(Locale.ROOT, "* due reminders at now: %,d; %,d of them marked as sent in reminder_log "
                + "(earlier runs), so the query must skip them", dueBefore.size(), alreadySent.size()));

        long[] runs = new long[QUERY_RUNS];
        int found = 0;
        for (int i = 0; i < QUERY_RUNS; i++) {
            long t = System.nanoTime();
            found = subscriptions.findDueReminders(NOW, Integer.MAX_VALUE).size();
            runs[i] = System.nanoTime() - t;
        }
        assertThat(found).isEqualTo(dueBefore.size() - alreadySent.size());
        long[] sorted = runs.clone();
        Arrays.sort(sorted);
        line(String.format(Locale.ROOT, "* due-reminder query among %,d subscriptions (3 days / 24 h / 3 h windows, "
                + "traffic >= 80 %% / >= 95 %%, minus the log) returning %,d rows: median **%.1f ms**, best %.1f ms, "
                + "worst %.1f ms over %d runs (first run included)", TOTAL, found, sorted[QUERY_RUNS / 2] / 1e6,
                sorted[0] / 1e6, sorted[QUERY_RUNS - 1] / 1e6, QUERY_RUNS));

        String sql = dsl.renderInlined(subscriptions.dueRemindersQuery(NOW, Integer.MAX_VALUE));
        String explain = dialect == SQLDialect.POSTGRES ? "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " : "EXPLAIN ANALYZE ";
        List<String> plan = new ArrayList<>();
        dsl.fetch(explain + sql).forEach(row -> plan.add(String.valueOf(row.get(0))));
        String planText = String.join("\n", plan);
        boolean fullScan = dialect == SQLDialect.POSTGRES
                ? planText.contains("Seq Scan on subscriptions")
                : planText.toLowerCase(Locale.ROOT).contains("subscriptions.tablescan");
        line("* full scan of subscriptions in the plan: **" + (fullScan ? "YES" : "no") + "**");
        line("");
        line("Query:");
        line("```sql");
        line(sql);
        line("```");
        line("Plan:");
        line("```");
        line(planText);
        line("```");
        assertThat(fullScan).as("the due-reminder query scans the whole subscriptions table on " + name).isFalse();
    }

    /** Subscriptions 1..BATCHED built as domain objects and inserted with the jOOQ batch API (one prepared statement). */
    private static void insertBatched(DSLContext dsl, long first, long last) {
        for (long from = first; from <= last; from += BATCH_SIZE) {
            long batchStart = from;
            long batchEnd = Math.min(last, from + BATCH_SIZE - 1);
            dsl.transaction(configuration -> {
                DSLContext tx = configuration.dsl();
                BatchBindStep batch = tx.batch(tx.insertInto(SUBSCRIPTIONS, SUBSCRIPTIONS.ID, SUBSCRIPTIONS.OWNER_ID,
                        SUBSCRIPTIONS.KIND, SUBSCRIPTIONS.SERVER_ID, SUBSCRIPTIONS.CLIENT_EMAIL, SUBSCRIPTIONS.CLIENT_SECRET,
                        SUBSCRIPTIONS.TERM_SECONDS, SUBSCRIPTIONS.QUOTA_BYTES, SUBSCRIPTIONS.CREATED_AT,
                        SUBSCRIPTIONS.STATUS, SUBSCRIPTIONS.ACTIVATED_AT, SUBSCRIPTIONS.EXPIRES_AT,
                        SUBSCRIPTIONS.PLAN_ID, SUBSCRIPTIONS.TRAFFIC_USED_BYTES, SUBSCRIPTIONS.TRAFFIC_PERCENT,
                        SUBSCRIPTIONS.DEVICE_LIMIT, SUBSCRIPTIONS.START_ON_FIRST_USE, SUBSCRIPTIONS.AUTO_RENEW,
                        SUBSCRIPTIONS.VERSION)
                        .values((UUID) null, null, null, null, null, null, null, null, null, null, null, null, null,
                                null, null, null, null, null, null));
                for (long g = batchStart; g <= batchEnd; g++) {
                    Subscription s = subscription(g);
                    batch.bind(s.id().value(), s.owner().value(), s.kind().name(), s.server().value(),
                            s.credential().email(), s.credential().secret(), s.term().getSeconds(), s.quota().bytes(),
                            Times.toDb(s.createdAt()), s.status().name(), Times.toDb(s.activatedAt().orElse(null)),
                            Times.toDb(s.expiresAt().orElse(null)), "month", s.trafficUsed().bytes(),
                            JooqSubscriptionRepository.trafficPercent(s), s.deviceLimit(), false, false, 0L);
                }
                batch.execute();
            });
        }
    }

    /** The same distribution as {@link #subscription(long)}, generated by the database. */
    private static void fillWithSql(DSLContext dsl, long first, long last) {
        String uuid = dsl.dialect() == SQLDialect.POSTGRES ? "gen_random_uuid()" : "RANDOM_UUID()";
        String percent = "CASE WHEN MOD(g * 31, 1000) < 950 THEN MOD(g * 31, 1000) * 80 / 950 "
                + "ELSE 80 + (MOD(g * 31, 1000) - 950) * 20 / 50 END";
        String base = "TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'";
        dsl.execute("INSERT INTO subscriptions (id, owner_id, kind, server_id, client_email, client_secret, term_seconds, "
                + "quota_bytes, created_at, status, activated_at, expires_at, plan_id, traffic_used_bytes, "
                + "traffic_percent, device_limit, start_on_first_use, auto_renew, version) SELECT " + uuid
                + ", 1 + MOD(g, " + CUSTOMERS + "), 'PAID', 'de-' || MOD(g, 20), 'bench-' || g, 'secret', 2592000, "
                + QUOTA + ", " + base + " - 60 * INTERVAL '1' DAY, "
                + "CASE WHEN MOD(g, 10) < 8 THEN 'ACTIVE' WHEN MOD(g, 10) = 8 THEN 'EXPIRED' ELSE 'LIMITED' END, "
                + base + " - 60 * INTERVAL '1' DAY, "
                + base + " + (MOD(g * 7919, 525600) - 43200) * INTERVAL '1' MINUTE, 'month', "
                + QUOTA + " / 100 * (" + percent + "), " + percent + ", 2, FALSE, FALSE, 0 FROM "
                + range(dsl.dialect(), first, last));
    }

    private static Subscription subscription(long g) {
        SubscriptionStatus status = g % 10 < 8 ? SubscriptionStatus.ACTIVE
                : g % 10 == 8 ? SubscriptionStatus.EXPIRED : SubscriptionStatus.LIMITED;
        long spread = Math.floorMod(g * 7919, 525_600L);
        long p = Math.floorMod(g * 31, 1000L);
        long percent = p < 950 ? p * 80 / 950 : 80 + (p - 950) * 20 / 50;
        Instant created = NOW.minus(Duration.ofDays(60));
        return Subscription.rehydrate(new SubscriptionId(UUID.randomUUID()), new TelegramUserId(1 + g % CUSTOMERS),
                SubscriptionKind.PAID, new ServerId("de-" + g % 20), new ClientCredential("bench-" + g, "secret"),
                Duration.ofDays(30), DataSize.ofBytes(QUOTA), created, status, created,
                NOW.plus(Duration.ofMinutes(spread - 43_200)), new PlanId("month"),
                DataSize.ofBytes(QUOTA / 100 * percent), 2, false, false, null, 0);
    }

    /** Fresh statistics; on PostgreSQL also the visibility map (as autovacuum keeps it), so index-only scans can apply. */
    private static void analyze(DSLContext dsl) {
        dsl.execute(dsl.dialect() == SQLDialect.POSTGRES ? "VACUUM ANALYZE" : "ANALYZE");
    }

    private static String range(SQLDialect dialect, long first, long last) {
        return dialect == SQLDialect.POSTGRES
                ? "generate_series(CAST(" + first + " AS BIGINT), CAST(" + last + " AS BIGINT)) AS r(g)"
                : "SYSTEM_RANGE(" + first + ", " + last + ") AS r(g)";
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
