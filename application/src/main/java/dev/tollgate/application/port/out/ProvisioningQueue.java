package dev.tollgate.application.port.out;

import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.provisioning.ProvisioningTask;
import dev.tollgate.domain.provisioning.ProvisioningTaskId;
import java.time.Duration;
import java.time.Instant;
import dev.tollgate.domain.provisioning.ProvisioningTaskStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The work queue of panel calls owed to paid orders. Tasks are enqueued in the payment's transaction and claimed with
 * a lease, so that two job runs (or two instances) never work on the same task at once; each claim and each outcome
 * is atomic on its own and needs no surrounding transaction.
 */
public interface ProvisioningQueue {

    /** Adds a task; throws {@link DuplicateKeyException} when its id or its order already has one. */
    void enqueue(ProvisioningTask task);

    /** Leases one task to {@code holder} until {@code now + lease} if it is claimable now; empty otherwise. */
    Optional<ProvisioningTask> claim(ProvisioningTaskId id, String holder, Instant now, Duration lease);

    /** Leases up to {@code limit} claimable tasks to {@code holder}, those due longest first. */
    List<ProvisioningTask> claimDue(String holder, Instant now, Duration lease, int limit);

    /** Marks the task done; false (and no change) when {@code holder} no longer holds its lease. */
    boolean complete(ProvisioningTaskId id, String holder);

    /** Records a failed attempt and when to try again, releasing the lease; false when the lease was lost. */
    boolean retryLater(ProvisioningTaskId id, String holder, int attempts, Instant nextAttemptAt, String error);

    /** Gives the task up for good; false when the lease was lost. */
    boolean fail(ProvisioningTaskId id, String holder, int attempts, String error);

    Optional<ProvisioningTask> findById(ProvisioningTaskId id);

    Optional<ProvisioningTask> findByOrder(OrderId order);

    /** How many tasks are in each status; a status no task is in is absent. */
    Map<ProvisioningTaskStatus, Long> countByStatus();
}
