package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.PROVISIONING_TASKS;

import dev.tollgate.adapters.persistence.generated.tables.records.ProvisioningTasksRecord;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.provisioning.ProvisioningTask;
import dev.tollgate.domain.provisioning.ProvisioningTaskId;
import dev.tollgate.domain.provisioning.ProvisioningTaskStatus;
import dev.tollgate.domain.subscription.SubscriptionId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The provisioning work queue. Every lease is taken by a conditional UPDATE whose WHERE clause repeats the claimable
 * test (pending, due, lease free or run out), so of two workers (threads or instances) racing for a task the database
 * lets exactly one change the row: the other's UPDATE, which waits for the first to commit, re-reads the row and
 * matches nothing; the row count (or the rows returned) tells each worker what it won. {@link #claimDue} first picks
 * its candidates with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x both support it; see
 * {@link #lockableCandidates} for H2's quirk), so it passes over rows another worker's open transaction holds instead
 * of queueing behind them. No claim needs a surrounding
 * transaction to be safe; inside one, the candidates stay locked until it ends.
 */
final class JooqProvisioningQueue implements ProvisioningQueue {

    private static final int ERROR_LENGTH = 4000;

    private final DSLContext dsl;

    @Inject
    JooqProvisioningQueue(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void enqueue(ProvisioningTask task) {
        Errors.translate("enqueue provisioning of order " + task.order(), () -> dsl.insertInto(PROVISIONING_TASKS)
                .set(PROVISIONING_TASKS.ID, task.id().value())
                .set(PROVISIONING_TASKS.ORDER_ID, task.order().value())
                .set(PROVISIONING_TASKS.SUBSCRIPTION_ID, task.subscription().value())
                .set(PROVISIONING_TASKS.STATUS, task.status().name())
                .set(PROVISIONING_TASKS.ATTEMPTS, task.attempts())
                .set(PROVISIONING_TASKS.NEXT_ATTEMPT_AT, Times.toDb(task.nextAttemptAt()))
                .set(PROVISIONING_TASKS.LAST_ERROR, Errors.fit(task.lastError(), ERROR_LENGTH))
                .set(PROVISIONING_TASKS.CREATED_AT, Times.toDb(task.createdAt()))
                .set(PROVISIONING_TASKS.LEASE_HOLDER, task.leaseHolder())
                .set(PROVISIONING_TASKS.LEASED_UNTIL, Times.toDb(task.leasedUntil()))
                .execute());
    }

    @Override
    public Optional<ProvisioningTask> claim(ProvisioningTaskId id, String holder, Instant now, Duration lease) {
        return Errors.translate("claim provisioning task " + id, () -> dsl.update(PROVISIONING_TASKS)
                .set(PROVISIONING_TASKS.LEASE_HOLDER, holder)
                .set(PROVISIONING_TASKS.LEASED_UNTIL, Times.toDb(now.plus(lease)))
                .where(PROVISIONING_TASKS.ID.eq(id.value()))
                .and(claimableAt(now))
                .returning()
                .fetchOptional()
                .map(JooqProvisioningQueue::toDomain));
    }

    @Override
    public List<ProvisioningTask> claimDue(String holder, Instant now, Duration lease, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        OffsetDateTime until = Times.toDb(now.plus(lease));
        return Errors.translate("claim due provisioning tasks", () -> {
            // The candidates are read first and leased by a second statement on purpose: written as one
            // "UPDATE ... WHERE id IN (SELECT ... LIMIT n FOR UPDATE SKIP LOCKED)", both databases may run the
            // subquery once per row and skip the rows the statement itself just locked, leasing far more than n.
            List<UUID> candidates = lockableCandidates(now, limit);
            if (candidates.isEmpty()) {
                return List.<ProvisioningTask>of();
            }
            return dsl.update(PROVISIONING_TASKS)
                    .set(PROVISIONING_TASKS.LEASE_HOLDER, holder)
                    .set(PROVISIONING_TASKS.LEASED_UNTIL, until)
                    .where(PROVISIONING_TASKS.ID.in(candidates))
                    .and(claimableAt(now))
                    .returning()
                    .fetch()
                    .map(JooqProvisioningQueue::toDomain)
                    .stream()
                    .sorted(Comparator.comparing(ProvisioningTask::nextAttemptAt).thenComparing(t -> t.id().value()))
                    .toList();
        });
    }

    @Override
    public boolean complete(ProvisioningTaskId id, String holder) {
        return Errors.translate("complete provisioning task " + id, () -> dsl.update(PROVISIONING_TASKS)
                .set(PROVISIONING_TASKS.STATUS, ProvisioningTaskStatus.DONE.name())
                .setNull(PROVISIONING_TASKS.LEASE_HOLDER)
                .setNull(PROVISIONING_TASKS.LEASED_UNTIL)
                .where(heldBy(id, holder))
                .execute()) == 1;
    }

    @Override
    public boolean retryLater(ProvisioningTaskId id, String holder, int attempts, Instant nextAttemptAt, String error) {
        return Errors.translate("reschedule provisioning task " + id, () -> dsl.update(PROVISIONING_TASKS)
                .set(PROVISIONING_TASKS.ATTEMPTS, attempts)
                .set(PROVISIONING_TASKS.NEXT_ATTEMPT_AT, Times.toDb(nextAttemptAt))
                .set(PROVISIONING_TASKS.LAST_ERROR, Errors.fit(error, ERROR_LENGTH))
                .setNull(PROVISIONING_TASKS.LEASE_HOLDER)
                .setNull(PROVISIONING_TASKS.LEASED_UNTIL)
                .where(heldBy(id, holder))
                .execute()) == 1;
    }

    @Override
    public boolean fail(ProvisioningTaskId id, String holder, int attempts, String error) {
        return Errors.translate("fail provisioning task " + id, () -> dsl.update(PROVISIONING_TASKS)
                .set(PROVISIONING_TASKS.STATUS, ProvisioningTaskStatus.FAILED.name())
                .set(PROVISIONING_TASKS.ATTEMPTS, attempts)
                .set(PROVISIONING_TASKS.LAST_ERROR, Errors.fit(error, ERROR_LENGTH))
                .setNull(PROVISIONING_TASKS.LEASE_HOLDER)
                .setNull(PROVISIONING_TASKS.LEASED_UNTIL)
                .where(heldBy(id, holder))
                .execute()) == 1;
    }

    @Override
    public Optional<ProvisioningTask> findById(ProvisioningTaskId id) {
        return Errors.translate("find provisioning task", () -> dsl.selectFrom(PROVISIONING_TASKS)
                .where(PROVISIONING_TASKS.ID.eq(id.value())).fetchOptional().map(JooqProvisioningQueue::toDomain));
    }

    @Override
    public Optional<ProvisioningTask> findByOrder(OrderId order) {
        return Errors.translate("find provisioning task of order", () -> dsl.selectFrom(PROVISIONING_TASKS)
                .where(PROVISIONING_TASKS.ORDER_ID.eq(order.value())).fetchOptional().map(JooqProvisioningQueue::toDomain));
    }

    /**
     * Up to {@code limit} claimable task ids, oldest due first, passing over rows that another open transaction has
     * locked. PostgreSQL does it in one {@code ORDER BY ... LIMIT ... FOR UPDATE SKIP LOCKED}. H2 2.3 locks every row
     * it sorts for such a query, not only the ones it returns, which would hide the whole queue from other workers
     * while the transaction lasts; so on H2 the candidates are read without a lock and then locked by primary key,
     * where SKIP LOCKED behaves.
     */
    private List<UUID> lockableCandidates(Instant now, int limit) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return dsl.select(PROVISIONING_TASKS.ID).from(PROVISIONING_TASKS)
                    .where(claimableAt(now))
                    .orderBy(PROVISIONING_TASKS.NEXT_ATTEMPT_AT, PROVISIONING_TASKS.ID)
                    .limit(limit)
                    .forUpdate().skipLocked()
                    .fetch(PROVISIONING_TASKS.ID);
        }
        List<UUID> due = dsl.select(PROVISIONING_TASKS.ID).from(PROVISIONING_TASKS)
                .where(claimableAt(now))
                .orderBy(PROVISIONING_TASKS.NEXT_ATTEMPT_AT, PROVISIONING_TASKS.ID)
                .limit(limit)
                .fetch(PROVISIONING_TASKS.ID);
        if (due.isEmpty()) {
            return due;
        }
        return dsl.select(PROVISIONING_TASKS.ID).from(PROVISIONING_TASKS)
                .where(PROVISIONING_TASKS.ID.in(due))
                .and(claimableAt(now))
                .forUpdate().skipLocked()
                .fetch(PROVISIONING_TASKS.ID);
    }

    /** The same test as {@link ProvisioningTask#claimableAt}, evaluated by the database on the current row. */
    private static Condition claimableAt(Instant now) {
        OffsetDateTime at = Times.toDb(now);
        return PROVISIONING_TASKS.STATUS.eq(ProvisioningTaskStatus.PENDING.name())
                .and(PROVISIONING_TASKS.NEXT_ATTEMPT_AT.le(at))
                .and(PROVISIONING_TASKS.LEASED_UNTIL.isNull().or(PROVISIONING_TASKS.LEASED_UNTIL.le(at)));
    }

    /** An outcome counts only from the holder of the lease of a task still pending (as in the in-memory queue). */
    private static Condition heldBy(ProvisioningTaskId id, String holder) {
        return PROVISIONING_TASKS.ID.eq(id.value())
                .and(PROVISIONING_TASKS.STATUS.eq(ProvisioningTaskStatus.PENDING.name()))
                .and(PROVISIONING_TASKS.LEASE_HOLDER.eq(holder));
    }

    private static ProvisioningTask toDomain(ProvisioningTasksRecord row) {
        return new ProvisioningTask(new ProvisioningTaskId(row.getId()), new OrderId(row.getOrderId()),
                new SubscriptionId(row.getSubscriptionId()), ProvisioningTaskStatus.valueOf(row.getStatus()),
                row.getAttempts(), Times.fromDb(row.getNextAttemptAt()), row.getLastError(),
                Times.fromDb(row.getCreatedAt()), row.getLeaseHolder(), Times.fromDb(row.getLeasedUntil()));
    }
    @Override
    public java.util.Map<ProvisioningTaskStatus, Long> countByStatus() {
        return Errors.translate("count provisioning tasks by status", () -> {
            java.util.Map<ProvisioningTaskStatus, Long> counts = new java.util.EnumMap<>(ProvisioningTaskStatus.class);
            dsl.select(PROVISIONING_TASKS.STATUS, org.jooq.impl.DSL.count()).from(PROVISIONING_TASKS)
                    .groupBy(PROVISIONING_TASKS.STATUS)
                    .forEach(row -> counts.put(ProvisioningTaskStatus.valueOf(row.value1()), row.value2().longValue()));
            return counts;
        });
    }
}
