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
 * Not a test: measures the update inbox's claim with 100k finished and 10k unfinished updates (over 2,000 keys, so
 * most unfinished ones wait behind an older one of their key), on H2 (file) and PostgreSQL, and prints the claim's
 * plan on PostgreSQL. Tagged {@code benchmark}, so no normal build runs it; see README-benchmark.md for the command.
 * The report also goes to target/benchmark/update-inbox.md.
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
        line("");
        line("```");
        dsl.fetch("EXPLAIN ANALYZE " + claimSql).forEach(row -> line(String.valueOf(row.get(0))));
        line("```");
    }

    /** Stores every update through the port (multi-row inserts of 1,000), then marks the oldest ones finished. */
    private static void fill(DSLContext dsl, UpdateInbox inbox) {
        for (int from = 0; from < FINISHED + UNFINISHED; from += 1_000) {
            store(inbox, from, Math.min(1_000, FINISHED + UNFINISHED - from));
        }
        dsl.update(TELEGRAM_UPDATES)
                .set(TELEGRAM_UPDATES.FINISHED, true)
                .set(TELEGRAM_UPDATES.FINISHED_AT, Times.toDb(NOW.minusSeconds(60)))
                .set(TELEGRAM_UPDATES.LEASE_HOLDER, "old-worker")
                .set(TELEGRAM_UPDATES.ATTEMPTS, 1)
                .set(TELEGRAM_UPDATES.OUTCOME, "ok")
                .where(TELEGRAM_UPDATES.UPDATE_ID.lt((long) FINISHED))
                .execute();
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
