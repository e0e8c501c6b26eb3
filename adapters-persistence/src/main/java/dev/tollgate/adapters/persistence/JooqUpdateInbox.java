package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.TELEGRAM_UPDATES;

import dev.tollgate.adapters.persistence.generated.tables.TelegramUpdates;
import dev.tollgate.adapters.persistence.generated.tables.records.TelegramUpdatesRecord;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.UpdateInbox;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Row7;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The update inbox on H2 or PostgreSQL. A claim is one transaction (a savepoint when the caller has one open) of two
 * statements, three on H2: the candidates are picked and locked with {@code FOR UPDATE SKIP LOCKED}, so a concurrent
 * claim passes over them instead of queueing behind them, then leased by one conditional UPDATE that repeats the
 * "unfinished and not under a live lease" test, so claims that raced each other still never lease an update twice.
 *
 * <p>Per-key order holds across instances because a candidate must be the oldest unfinished update of its key, with
 * no other update of its key under a live lease. Only the holder of a key's oldest update can finish it, and
 * finishing is what lets the next one of the key become a candidate, so no two claims see two different heads of one
 * key; a claim whose snapshot predates a finish just takes nothing of that key this time. An older update that
 * arrives late (after a later one of its key was leased) waits until the later one is finished or its lease runs out.
 */
final class JooqUpdateInbox implements UpdateInbox {

    private static final int OUTCOME_LENGTH = 1000;
    private static final int ROWS_PER_INSERT = 1000;
    private static final TelegramUpdates OTHER = TELEGRAM_UPDATES.as("other");

    private final DSLContext dsl;

    @Inject
    JooqUpdateInbox(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int store(List<StoredUpdate> updates) {
        if (updates.isEmpty()) {
            return 0;
        }
        Map<Long, StoredUpdate> distinct = new LinkedHashMap<>();
        updates.forEach(update -> distinct.putIfAbsent(update.updateId(), update));
        return Errors.translate("store " + distinct.size() + " bot updates", () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return dsl.dialect().family() == SQLDialect.POSTGRES
                            ? insertNewInFewStatements(List.copyOf(distinct.values()))
                            : insertNewAfterLookingUp(List.copyOf(distinct.values()));
                } catch (DuplicateKeyException e) {
                    // Only H2 gets here: another connection stored one of these updates after our look-up. The retry
                    // sees that row and skips it.
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
        });
    }

    /**
     * PostgreSQL: multi-row INSERT ... ON CONFLICT DO NOTHING, whose row count is the number of new updates; at most
     * {@value #ROWS_PER_INSERT} rows a statement, far below PostgreSQL's 32,767 bind values (7 a row).
     */
    private int insertNewInFewStatements(List<StoredUpdate> updates) {
        int stored = 0;
        for (int from = 0; from < updates.size(); from += ROWS_PER_INSERT) {
            List<StoredUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + ROWS_PER_INSERT));
            stored += Errors.translate("store bot updates", () -> dsl.insertInto(TELEGRAM_UPDATES,
                            TELEGRAM_UPDATES.UPDATE_ID, TELEGRAM_UPDATES.ORDERING_KEY, TELEGRAM_UPDATES.KIND,
                            TELEGRAM_UPDATES.PAYLOAD, TELEGRAM_UPDATES.RECEIVED_AT, TELEGRAM_UPDATES.ATTEMPTS,
                            TELEGRAM_UPDATES.FINISHED)
                    .valuesOfRows(rows(chunk))
                    .onConflictDoNothing()
                    .execute());
        }
        return stored;
    }

    /**
     * H2: the ids stored already are read first, then the rest go in with plain multi-row INSERTs, in one
     * transaction. (jOOQ writes ON CONFLICT DO NOTHING for H2 as a MERGE whose source is a nested UNION ALL of the
     * rows, which H2's recursive parser cannot read beyond a few hundred rows, and one MERGE per row is slow.) When
     * another connection stores one of these updates in between, the INSERT hits the primary key, the transaction
     * (or savepoint) rolls back, and {@link #store} tries again.
     */
    private int insertNewAfterLookingUp(List<StoredUpdate> updates) {
        return dsl.transactionResult(() -> {
            int stored = 0;
            for (int from = 0; from < updates.size(); from += ROWS_PER_INSERT) {
                List<StoredUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + ROWS_PER_INSERT));
                Set<Long> known = new HashSet<>(Errors.translate("look up stored bot updates", () -> dsl
                        .select(TELEGRAM_UPDATES.UPDATE_ID).from(TELEGRAM_UPDATES)
                        .where(TELEGRAM_UPDATES.UPDATE_ID.in(chunk.stream().map(StoredUpdate::updateId).toList()))
                        .fetch(TELEGRAM_UPDATES.UPDATE_ID)));
                List<StoredUpdate> fresh = chunk.stream().filter(u -> !known.contains(u.updateId())).toList();
                if (fresh.isEmpty()) {
                    continue;
                }
                stored += Errors.translate("store bot updates", () -> dsl.insertInto(TELEGRAM_UPDATES,
                                TELEGRAM_UPDATES.UPDATE_ID, TELEGRAM_UPDATES.ORDERING_KEY, TELEGRAM_UPDATES.KIND,
                                TELEGRAM_UPDATES.PAYLOAD, TELEGRAM_UPDATES.RECEIVED_AT, TELEGRAM_UPDATES.ATTEMPTS,
                                TELEGRAM_UPDATES.FINISHED)
                        .valuesOfRows(rows(fresh))
                        .execute());
            }
            return stored;
        });
    }

    private static List<Row7<Long, Long, String, String, OffsetDateTime, Integer, Boolean>> rows(List<StoredUpdate> updates) {
        return updates.stream().map(u -> DSL.row(u.updateId(), u.orderingKey(), u.kind(), u.payload(),
                Times.toDb(u.receivedAt()), u.attempts(), false)).toList();
    }

    @Override
    public List<StoredUpdate> claim(String owner, int limit, Instant now, Instant leaseUntil) {
        if (limit <= 0) {
            return List.of();
        }
        return Errors.translate("claim bot updates", () -> dsl.transactionResult(() -> {
            List<Long> candidates = lockableCandidates(limit, now);
            if (candidates.isEmpty()) {
                return List.<StoredUpdate>of();
            }
            return dsl.update(TELEGRAM_UPDATES)
                    .set(TELEGRAM_UPDATES.LEASE_HOLDER, owner)
                    .set(TELEGRAM_UPDATES.LEASED_UNTIL, Times.toDb(leaseUntil))
                    .set(TELEGRAM_UPDATES.ATTEMPTS, TELEGRAM_UPDATES.ATTEMPTS.plus(1))
                    .where(TELEGRAM_UPDATES.UPDATE_ID.in(candidates))
                    .and(leasable(now))
                    .returning()
                    .fetch()
                    .stream()
                    .map(JooqUpdateInbox::toDomain)
                    .sorted(Comparator.comparingLong(StoredUpdate::updateId))
                    .toList();
        }));
    }

    /**
     * Up to {@code limit} ids of claimable updates, oldest first, locked. PostgreSQL does it in one statement, walking
     * ix_telegram_updates_unfinished in update_id order and stopping at the limit. H2 2.3 would lock every row the
     * query reads rather than the ones it returns (see {@link JooqProvisioningQueue}), so there the candidates are read
     * without a lock and then locked by primary key, where SKIP LOCKED behaves.
     */
    private List<Long> lockableCandidates(int limit, Instant now) {
        var query = dsl.select(TELEGRAM_UPDATES.UPDATE_ID).from(TELEGRAM_UPDATES)
                .where(claimable(now))
                // "finished" is FALSE in every row here, so ordering by it changes nothing, but it spells out the
                // order of ix_telegram_updates_unfinished: H2 walks an index in order (and stops at the limit) only
                // when the ORDER BY names its leading columns; by update_id alone it sorts every unfinished row.
                .orderBy(TELEGRAM_UPDATES.FINISHED, TELEGRAM_UPDATES.UPDATE_ID)
                .limit(limit);
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return query.forUpdate().skipLocked().fetch(TELEGRAM_UPDATES.UPDATE_ID);
        }
        List<Long> unlocked = query.fetch(TELEGRAM_UPDATES.UPDATE_ID);
        if (unlocked.isEmpty()) {
            return unlocked;
        }
        return dsl.select(TELEGRAM_UPDATES.UPDATE_ID).from(TELEGRAM_UPDATES)
                .where(TELEGRAM_UPDATES.UPDATE_ID.in(unlocked))
                .and(leasable(now))
                .forUpdate().skipLocked()
                .fetch(TELEGRAM_UPDATES.UPDATE_ID);
    }

    /** Unfinished, not under a live lease, the oldest unfinished of its key, and no other of its key under a live lease. */
    private Condition claimable(Instant now) {
        OffsetDateTime at = Times.toDb(now);
        return leasable(now).andNotExists(DSL.selectOne().from(OTHER)
                .where(OTHER.ORDERING_KEY.eq(TELEGRAM_UPDATES.ORDERING_KEY))
                .and(OTHER.FINISHED.isFalse())
                .and(OTHER.UPDATE_ID.ne(TELEGRAM_UPDATES.UPDATE_ID))
                .and(OTHER.UPDATE_ID.lt(TELEGRAM_UPDATES.UPDATE_ID).or(OTHER.LEASED_UNTIL.ge(at))));
    }

    /** Unfinished and not leased, or its lease ran out before {@code now}. */
    private static Condition leasable(Instant now) {
        return TELEGRAM_UPDATES.FINISHED.isFalse()
                .and(TELEGRAM_UPDATES.LEASED_UNTIL.isNull().or(TELEGRAM_UPDATES.LEASED_UNTIL.lt(Times.toDb(now))));
    }

    @Override
    public int renew(String owner, Instant leaseUntil) {
        return Errors.translate("renew bot update leases", () -> dsl.update(TELEGRAM_UPDATES)
                .set(TELEGRAM_UPDATES.LEASED_UNTIL, Times.toDb(leaseUntil))
                .where(heldBy(owner))
                .execute());
    }

    @Override
    public boolean finish(long updateId, String owner, String outcome, Instant now) {
        return Errors.translate("finish bot update " + updateId, () -> dsl.update(TELEGRAM_UPDATES)
                .set(TELEGRAM_UPDATES.FINISHED, true)
                .set(TELEGRAM_UPDATES.FINISHED_AT, Times.toDb(now))
                .set(TELEGRAM_UPDATES.OUTCOME, Errors.fit(outcome, OUTCOME_LENGTH))
                .setNull(TELEGRAM_UPDATES.LEASED_UNTIL)
                .where(TELEGRAM_UPDATES.UPDATE_ID.eq(updateId))
                .and(TELEGRAM_UPDATES.FINISHED.isFalse())
                .and(TELEGRAM_UPDATES.LEASE_HOLDER.eq(owner))
                .execute()) == 1;
    }

    @Override
    public boolean finishForgettingPayload(long updateId, String owner, String outcome, Instant now) {
        return Errors.translate("finish bot update " + updateId, () -> dsl.update(TELEGRAM_UPDATES)
                .set(TELEGRAM_UPDATES.FINISHED, true)
                .set(TELEGRAM_UPDATES.FINISHED_AT, Times.toDb(now))
                .set(TELEGRAM_UPDATES.OUTCOME, Errors.fit(outcome, OUTCOME_LENGTH))
                .set(TELEGRAM_UPDATES.PAYLOAD, "{\"update_id\":" + updateId + "}")
                .setNull(TELEGRAM_UPDATES.LEASED_UNTIL)
                .where(TELEGRAM_UPDATES.UPDATE_ID.eq(updateId))
                .and(TELEGRAM_UPDATES.FINISHED.isFalse())
                .and(TELEGRAM_UPDATES.LEASE_HOLDER.eq(owner))
                .execute()) == 1;
    }

    @Override
    public boolean retryLater(long updateId, String owner, Instant notBefore) {
        return Errors.translate("put bot update " + updateId + " back", () -> dsl.update(TELEGRAM_UPDATES)
                .setNull(TELEGRAM_UPDATES.LEASE_HOLDER)
                .set(TELEGRAM_UPDATES.LEASED_UNTIL, Times.toDb(notBefore))
                .where(TELEGRAM_UPDATES.UPDATE_ID.eq(updateId))
                .and(TELEGRAM_UPDATES.FINISHED.isFalse())
                .and(TELEGRAM_UPDATES.LEASE_HOLDER.eq(owner))
                .execute()) == 1;
    }

    @Override
    public int release(String owner) {
        return Errors.translate("release bot update leases", () -> dsl.update(TELEGRAM_UPDATES)
                .setNull(TELEGRAM_UPDATES.LEASE_HOLDER)
                .setNull(TELEGRAM_UPDATES.LEASED_UNTIL)
                .where(heldBy(owner))
                .execute());
    }

    /** The unfinished updates leased to {@code owner} (a lease that ran out still counts until someone else takes it). */
    private static Condition heldBy(String owner) {
        return TELEGRAM_UPDATES.LEASE_HOLDER.eq(owner)
                .and(TELEGRAM_UPDATES.FINISHED.isFalse())
                .and(TELEGRAM_UPDATES.LEASED_UNTIL.isNotNull());
    }

    @Override
    public int pruneFinished(Instant before, int limit) {
        if (limit <= 0) {
            return 0;
        }
        return Errors.translate("prune finished bot updates", () -> {
            // Ids first, then a DELETE by primary key: PostgreSQL has no DELETE ... LIMIT.
            List<Long> doomed = dsl.select(TELEGRAM_UPDATES.UPDATE_ID).from(TELEGRAM_UPDATES)
                    .where(TELEGRAM_UPDATES.FINISHED.isTrue())
                    .and(TELEGRAM_UPDATES.FINISHED_AT.lt(Times.toDb(before)))
                    .orderBy(TELEGRAM_UPDATES.FINISHED_AT)
                    .limit(limit)
                    .fetch(TELEGRAM_UPDATES.UPDATE_ID);
            if (doomed.isEmpty()) {
                return 0;
            }
            return dsl.deleteFrom(TELEGRAM_UPDATES)
                    .where(TELEGRAM_UPDATES.UPDATE_ID.in(doomed))
                    .and(TELEGRAM_UPDATES.FINISHED.isTrue())
                    .execute();
        });
    }

    @Override
    public Depth depth() {
        return Errors.translate("measure the bot update inbox", () -> {
            Record2<Integer, OffsetDateTime> row = dsl.select(DSL.count(), DSL.min(TELEGRAM_UPDATES.RECEIVED_AT))
                    .from(TELEGRAM_UPDATES)
                    .where(TELEGRAM_UPDATES.FINISHED.isFalse())
                    .fetchOne();
            return new Depth(row.value1(), Optional.ofNullable(Times.fromDb(row.value2())));
        });
    }

    private static StoredUpdate toDomain(TelegramUpdatesRecord row) {
        return new StoredUpdate(row.getUpdateId(), row.getOrderingKey(), row.getKind(), row.getPayload(),
                Times.fromDb(row.getReceivedAt()), row.getAttempts());
    }
}
