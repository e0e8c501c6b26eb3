package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.provisioning.ProvisioningTask;
import dev.tollgate.domain.provisioning.ProvisioningTaskId;
import dev.tollgate.domain.provisioning.ProvisioningTaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The work queue in a map; claims are atomic (synchronized) as a conditional UPDATE is in the database. */
public final class InMemoryProvisioningQueue implements ProvisioningQueue {

    private final Map<ProvisioningTaskId, ProvisioningTask> rows = new LinkedHashMap<>();

    @Override
    public synchronized void enqueue(ProvisioningTask task) {
        if (rows.containsKey(task.id()) || rows.values().stream().anyMatch(t -> t.order().equals(task.order()))) {
            throw new DuplicateKeyException("a task for order " + task.order() + " exists");
        }
        rows.put(task.id(), task);
    }

    @Override
    public synchronized Optional<ProvisioningTask> claim(ProvisioningTaskId id, String holder, Instant now, Duration lease) {
        ProvisioningTask task = rows.get(id);
        if (task == null || !task.claimableAt(now)) {
            return Optional.empty();
        }
        return Optional.of(lease(task, holder, now, lease));
    }

    @Override
    public synchronized List<ProvisioningTask> claimDue(String holder, Instant now, Duration lease, int limit) {
        List<ProvisioningTask> due = rows.values().stream().filter(t -> t.claimableAt(now))
                .sorted(Comparator.comparing(ProvisioningTask::nextAttemptAt)).limit(limit).toList();
        List<ProvisioningTask> claimed = new ArrayList<>();
        for (ProvisioningTask task : due) {
            claimed.add(lease(task, holder, now, lease));
        }
        return claimed;
    }

    @Override
    public synchronized boolean complete(ProvisioningTaskId id, String holder) {
        return finish(id, holder, ProvisioningTaskStatus.DONE, null, null, null);
    }

    @Override
    public synchronized boolean retryLater(ProvisioningTaskId id, String holder, int attempts, Instant nextAttemptAt,
                                           String error) {
        return finish(id, holder, ProvisioningTaskStatus.PENDING, attempts, nextAttemptAt, error);
    }

    @Override
    public synchronized boolean fail(ProvisioningTaskId id, String holder, int attempts, String error) {
        return finish(id, holder, ProvisioningTaskStatus.FAILED, attempts, null, error);
    }

    @Override
    public synchronized Optional<ProvisioningTask> findById(ProvisioningTaskId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<ProvisioningTask> findByOrder(OrderId order) {
        return rows.values().stream().filter(t -> t.order().equals(order)).findFirst();
    }

    private ProvisioningTask lease(ProvisioningTask t, String holder, Instant now, Duration lease) {
        ProvisioningTask leased = new ProvisioningTask(t.id(), t.order(), t.subscription(), t.status(), t.attempts(),
                t.nextAttemptAt(), t.lastError(), t.createdAt(), holder, now.plus(lease));
        rows.put(t.id(), leased);
        return leased;
    }

    private boolean finish(ProvisioningTaskId id, String holder, ProvisioningTaskStatus status, Integer attempts,
                           Instant nextAttemptAt, String error) {
        ProvisioningTask t = rows.get(id);
        if (t == null || t.status() != ProvisioningTaskStatus.PENDING || !Objects.equals(t.leaseHolder(), holder)) {
            return false;
        }
        rows.put(id, new ProvisioningTask(t.id(), t.order(), t.subscription(), t.status().moveTo(status),
                attempts == null ? t.attempts() : attempts, nextAttemptAt == null ? t.nextAttemptAt() : nextAttemptAt,
                error == null ? t.lastError() : error, t.createdAt(), null, null));
        return true;
    }
    @Override
    public synchronized Map<ProvisioningTaskStatus, Long> countByStatus() {
        return rows.values().stream().collect(java.util.stream.Collectors.groupingBy(ProvisioningTask::status,
                () -> new java.util.EnumMap<>(ProvisioningTaskStatus.class), java.util.stream.Collectors.counting()));
    }
}
