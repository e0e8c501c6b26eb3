package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.provisioning.ProvisioningTask;
import dev.tollgate.domain.provisioning.ProvisioningTaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.tollgate.application.port.out.ProvisioningQueue} promises: one task per order, leases that
 * keep two workers apart, and outcomes only from the lease holder.
 */
public abstract class ProvisioningQueueContract extends CommerceStoreContract {

    private static final Duration LEASE = Duration.ofMinutes(5);

    /** A task enqueued at {@code at} for a fresh order and its stored subscription. */
    private ProvisioningTask newTask(Instant at) {
        Order order = newOrder(newCustomer(), at);
        newSubscription(order);
        ProvisioningTask task = ProvisioningTask.due(order.id(), order.subscription().orElseThrow(), at);
        stores().transactions().run(() -> stores().provisioning().enqueue(task));
        return task;
    }

    @Test
    public void enqueue_roundTrip_keepsEveryField() {
        ProvisioningTask task = newTask(T0);
        assertThat(stores().provisioning().findById(task.id())).contains(task);
        assertThat(stores().provisioning().findByOrder(task.order())).contains(task);
    }

    @Test
    public void enqueue_secondTaskForTheSameOrder_isADuplicateKey() {
        ProvisioningTask task = newTask(T0);
        assertThatThrownBy(() -> stores().transactions().run(() -> stores().provisioning().enqueue(
                ProvisioningTask.due(task.order(), task.subscription(), T0)))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void claim_whileLeased_isRefusedToASecondWorker_untilTheLeaseRunsOut() {
        ProvisioningTask task = newTask(T0);
        assertThat(stores().provisioning().claim(task.id(), "worker-a", T0, LEASE)).hasValueSatisfying(leased -> {
            assertThat(leased.leaseHolder()).isEqualTo("worker-a");
            assertThat(leased.leasedUntil()).isEqualTo(T0.plus(LEASE));
        });
        assertThat(stores().provisioning().claim(task.id(), "worker-b", T0.plusSeconds(10), LEASE)).isEmpty();
        assertThat(stores().provisioning().claim(task.id(), "worker-b", T0.plus(LEASE), LEASE)).isPresent();
        assertThat(stores().provisioning().complete(task.id(), "worker-a")).isFalse();
        assertThat(stores().provisioning().complete(task.id(), "worker-b")).isTrue();
        assertThat(stores().provisioning().findById(task.id()).orElseThrow().status()).isEqualTo(ProvisioningTaskStatus.DONE);
    }

    @Test
    public void claimDue_twoOverlappingRuns_neverGetTheSameTask() {
        Instant at = Instant.parse("2005-05-05T00:00:00Z");
        ProvisioningTask first = newTask(at);
        ProvisioningTask second = newTask(at.plusSeconds(1));
        List<ProvisioningTask> runA = stores().provisioning().claimDue("run-a", at.plusSeconds(2), LEASE, 10_000);
        List<ProvisioningTask> runB = stores().provisioning().claimDue("run-b", at.plusSeconds(2), LEASE, 10_000);
        assertThat(runA).extracting(ProvisioningTask::id).contains(first.id(), second.id());
        assertThat(runB).extracting(ProvisioningTask::id).doesNotContain(first.id(), second.id());
    }

    @Test
    public void retryLater_releasesTheLeaseAndWaitsForTheNextAttempt() {
        ProvisioningTask task = newTask(T0);
        stores().provisioning().claim(task.id(), "w", T0, LEASE).orElseThrow();
        Instant next = T0.plus(Duration.ofMinutes(2));
        assertThat(stores().provisioning().retryLater(task.id(), "w", 1, next, "panel timed out")).isTrue();
        ProvisioningTask waiting = stores().provisioning().findById(task.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(ProvisioningTaskStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.nextAttemptAt()).isEqualTo(next);
        assertThat(waiting.lastError()).isEqualTo("panel timed out");
        assertThat(waiting.leaseHolder()).isNull();
        assertThat(stores().provisioning().claim(task.id(), "w", next.minusSeconds(1), LEASE)).isEmpty();
        assertThat(stores().provisioning().claim(task.id(), "w", next, LEASE)).isPresent();
    }

    @Test
    public void fail_isFinal() {
        ProvisioningTask task = newTask(T0);
        stores().provisioning().claim(task.id(), "w", T0, LEASE).orElseThrow();
        assertThat(stores().provisioning().fail(task.id(), "w", 12, "server gone")).isTrue();
        ProvisioningTask failed = stores().provisioning().findById(task.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ProvisioningTaskStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(12);
        assertThat(failed.lastError()).isEqualTo("server gone");
        assertThat(stores().provisioning().claim(task.id(), "w", T0.plus(Duration.ofDays(1)), LEASE)).isEmpty();
        assertThat(stores().provisioning().complete(task.id(), "w")).isFalse();
    }
    @Test
    public void countByStatus_countsPendingDoneAndFailedTasks() {
        java.util.Map<ProvisioningTaskStatus, Long> before = stores().provisioning().countByStatus();
        newTask(T0);
        ProvisioningTask done = newTask(T0);
        stores().provisioning().claim(done.id(), "worker-a", T0, LEASE).orElseThrow();
        stores().provisioning().complete(done.id(), "worker-a");

        java.util.Map<ProvisioningTaskStatus, Long> after = stores().provisioning().countByStatus();
        assertThat(after.getOrDefault(ProvisioningTaskStatus.PENDING, 0L)
                - before.getOrDefault(ProvisioningTaskStatus.PENDING, 0L)).isEqualTo(1);
        assertThat(after.getOrDefault(ProvisioningTaskStatus.DONE, 0L)
                - before.getOrDefault(ProvisioningTaskStatus.DONE, 0L)).isEqualTo(1);
        assertThat(after.values()).allSatisfy(count -> assertThat(count).isPositive());
    }
}
