package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.TELEGRAM_UPDATES;

import com.google.inject.Injector;
import dev.tollgate.application.port.out.UpdateInbox;
import dev.tollgate.application.port.out.UpdateInbox.StoredUpdate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: measures the update inbox with 100k finished and 10k unfinished updates over 2,000 keys (so most
 * unfinished ones wait behind an older one of their key), on H2 (file) and PostgreSQL: claims of up to 100 through
 * the port while the backlog is kept steady, finish, store and depth; then the claim's candidate query alone, its
 * lock and lease statements alone, and the plans. Tagged {@code benchmark}, so no normal build runs it; see
 * README-benchmark.md for the command. The report also goes to target/benchmark/update-inbox.md.
 */
@Tag("benchmark")
class UpdateInboxBenchmark {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final int FINISHED = Integer.getInteger("benchmark.finished", 100_000);
    private static final int UNFINISHED = Integer.getInteger("benchmark.unfinished", 10_000);
    private static final int KEYS = 2_000;
    private static final int ROUNDS = 100;
    private static final String DATABASES = System.getProperty("benchmark.databases", "h2,postgres");
    private static final String PAYLOAD = "{\"update_id\":0,\"message\":{\"from\":{\"id\":1},\"text\":\"" + "x".repeat(400)
            + "\"}}";

    @TempDir
    Path directory;

    private final StringBuilder report = new StringBuilder();

    @Test
    void claimAndFinish_amongManyFinishedUpdates_onH2AndPostgres() throws IOException {
        line("# Update inbox benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        line("");
        line("Fixture: " + FINISHED + " finished and " + UNFINISHED + " unfinished updates over " + KEYS
                + " ordering keys; each round claims up to 100, finishes them and stores as many new ones; " + ROUNDS + " rounds run.");
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
        Path out = Path.of("target", "benchmark", "update-inbox.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void run(String name, Injector injector) {
        DSLContext dsl = injector.getInstance(DSLContext.class);
        UpdateInbox inbox = injector.getInstance(UpdateInbox.class);
        line("");
        line("## " + name);
        long started = System.nanoTime();
        fill(dsl, inbox);
        line(String.format(Locale.ROOT, "- fixture written in %.1f s", (System.nanoTime() - started) / 1e9));

        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.execute("VACUUM ANALYZE telegram_updates");
        } else {
            dsl.execute("ANALYZE");
        }
        long[] claims = new long[ROUNDS];
        long[] finishes = new long[ROUNDS];
        long[] stores = new long[ROUNDS];
        int claimed = 0;
        long nextId = FINISHED + UNFINISHED;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            List<StoredUpdate> batch = inbox.claim("bench", 100, NOW, NOW.plus(Duration.ofMinutes(1)));
            long t1 = System.nanoTime();
            for (StoredUpdate update : batch) {
                inbox.finish(update.updateId(), "bench", "ok", NOW);
            }
            long t2 = System.nanoTime();
            // Keep the backlog steady, as if Telegram kept sending.
            store(inbox, nextId, batch.size());
            nextId += batch.size();
            claims[round] = t1 - t0;
            finishes[round] = batch.isEmpty() ? 0 : (t2 - t1) / batch.size();
            stores[round] = System.nanoTime() - t2;
            claimed += batch.size();
        }
        line(String.format(Locale.ROOT, "- claim of up to 100: median %.2f ms, p90 %.2f ms, max %.2f ms (%d claimed in %d rounds)",
                median(claims), percentile(claims, 0.9), percentile(claims, 1.0), claimed, ROUNDS));
        line(String.format(Locale.ROOT, "- finish, per update: median %.3f ms", median(finishes)));
        line(String.format(Locale.ROOT, "- store of the same number of new updates (one call): median %.2f ms", median(stores)));
        long d0 = System.nanoTime();
        UpdateInbox.Depth depth = inbox.depth();
        line(String.format(Locale.ROOT, "- depth(): %d unfinished, in %.2f ms", depth.unfinished(),
                (System.nanoTime() - d0) / 1e6));
        String claimSql = "SELECT u.update_id FROM telegram_updates u WHERE u.finished = FALSE"
                + " AND (u.leased_until IS NULL OR u.leased_until < CURRENT_TIMESTAMP) AND NOT EXISTS (SELECT 1 FROM"
                + " telegram_updates o WHERE o.ordering_key = u.ordering_key AND o.finished = FALSE AND"
                + " o.update_id <> u.update_id AND (o.update_id < u.update_id OR o.leased_until >= CURRENT_TIMESTAMP))"
                + " ORDER BY u.finished, u.update_id LIMIT 100";
        long[] selects = new long[20];
        for (int i = 0; i < selects.length; i++) {
            long t = System.nanoTime();
            dsl.fetch(claimSql);
            selects[i] = System.nanoTime() - t;
        }
        line(String.format(Locale.ROOT, "- the candidate query alone (no lock, no lease): median %.2f ms", median(selects)));
        List<Long> someIds = dsl.fetch(claimSql).getValues(0, Long.class);
        String in = someIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        long[] locks = new long[20];
        long[] updates = new long[20];
        for (int i = 0; i < locks.length; i++) {
            int round = i;
            dsl.transaction(() -> {
                long t = System.nanoTime();
                dsl.fetch("SELECT update_id FROM telegram_updates WHERE update_id IN (" + in + ") AND finished = FALSE"
                        + " FOR UPDATE SKIP LOCKED");
                long t1 = System.nanoTime();
                dsl.update(TELEGRAM_UPDATES).set(TELEGRAM_UPDATES.ATTEMPTS, TELEGRAM_UPDATES.ATTEMPTS.plus(1))
                        .where(TELEGRAM_UPDATES.UPDATE_ID.in(someIds)).and(TELEGRAM_UPDATES.FINISHED.isFalse())
                        .returning().fetch();
                locks[round] = t1 - t;
                updates[round] = System.nanoTime() - t1;
            });
        }
        line(String.format(Locale.ROOT, "- lock by primary key: median %.2f ms; UPDATE ... RETURNING: median %.2f ms",
                median(locks), median(updates)));
        String leaseSql = "UPDATE telegram_updates SET lease_holder = 'x', attempts = attempts + 1 WHERE update_id IN ("
                + (FINISHED + UNFINISHED + 1) + ", " + (FINISHED + UNFINISHED + 2) + ", " + (FINISHED + 5)
                + ") AND finished = FALSE AND (leased_until IS NULL OR leased_until < CURRENT_TIMESTAMP)";
        for (String sql : List.of(claimSql, leaseSql)) {
            line("");
            line("```");
            dsl.fetch("EXPLAIN ANALYZE " + sql).forEach(row -> line(String.valueOf(row.get(0))));
            line("```");
        }
    }

    /** Writes the rows with one INSERT ... SELECT over a generated series (untimed in spirit: not the port's path). */
    private static void fill(DSLContext dsl, UpdateInbox inbox) {
        String series = dsl.dialect().family() == SQLDialect.POSTGRES
                ? "generate_series(0, " + (FINISHED + UNFINISHED - 1) + ") AS s(x)"
                : "SYSTEM_RANGE(0, " + (FINISHED + UNFINISHED - 1) + ") AS s(x)";
        dsl.execute("INSERT INTO telegram_updates (update_id, ordering_key, kind, payload, received_at, attempts,"
                + " lease_holder, finished, finished_at, outcome) SELECT x, 1 + MOD(x, " + KEYS + "), 'message', ?, CAST(? AS TIMESTAMP WITH TIME ZONE),"
                + " CASE WHEN x < " + FINISHED + " THEN 1 ELSE 0 END, CASE WHEN x < " + FINISHED
                + " THEN 'old-worker' END, x < " + FINISHED + ", CASE WHEN x < " + FINISHED + " THEN CAST(? AS TIMESTAMP"
                + " WITH TIME ZONE) END, CASE WHEN x < " + FINISHED + " THEN 'ok' END FROM " + series,
                PAYLOAD, Times.toDb(NOW.minusSeconds(120)), Times.toDb(NOW.minusSeconds(60)));
    }

    private static void store(UpdateInbox inbox, long firstId, int count) {
        List<StoredUpdate> updates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            updates.add(StoredUpdate.received(id, 1 + id % KEYS, "message", PAYLOAD, NOW));
        }
        inbox.store(updates);
    }

    private static double median(long[] nanos) {
        return percentile(nanos, 0.5);
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)));
        return sorted[index] / 1e6;
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
