package dev.tollgate.application.service.provisioning;

import dev.tollgate.application.port.in.ProcessProvisioningTasksUseCase;
import dev.tollgate.application.port.in.RetryProvisioningUseCase;
import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.common.AdminGuard;
import dev.tollgate.domain.provisioning.ProvisioningTask;
import dev.tollgate.domain.provisioning.ProvisioningTaskStatus;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Retries a pending delivery now: a task waiting for its backoff is made due (taken with a short lease as of its due
 * time, which no running worker can hold, and released as due now), then run at once by the provisioning worker as
 * right after a payment. A delivery that was refunded is never retried. The attempt is audited whatever came of it.
 */
public final class RetryProvisioningService implements RetryProvisioningUseCase {

    private static final Duration HOLD = Duration.ofSeconds(30);

    private final AdminDirectory admins;
    private final ProvisioningQueue queue;
    private final ProcessProvisioningTasksUseCase worker;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public RetryProvisioningService(AdminDirectory admins, ProvisioningQueue queue, ProcessProvisioningTasksUseCase worker,
                                    AuditLog audit, TransactionRunner transactions, Clock clock) {
        this.admins = admins;
        this.queue = queue;
        this.worker = worker;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result retry(Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "retry the delivery of order " + command.order())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        Optional<ProvisioningTask> found = queue.findByOrder(command.order());
        if (found.isEmpty()) {
            return new Refused(Reason.NOTHING_TO_DELIVER);
        }
        ProvisioningTask task = found.get();
        if (task.status() == ProvisioningTaskStatus.DONE) {
            return new Refused(Reason.ALREADY_DELIVERED);
        }
        if (task.status() == ProvisioningTaskStatus.FAILED) {
            return new Refused(Reason.GAVE_UP);
        }
        Instant now = clock.instant();
        if (task.nextAttemptAt().isAfter(now)) {
            String holder = "retry-by-" + command.admin();
            if (queue.claim(task.id(), holder, task.nextAttemptAt(), HOLD).isEmpty()
                    || !queue.retryLater(task.id(), holder, task.attempts(), now, task.lastError())) {
                return new Refused(Reason.BUSY);
            }
        }
        Delivery delivery = worker.runNow(task.id());
        ProvisioningTask after = queue.findById(task.id()).orElse(task);
        String outcome = delivery.status() == Delivery.Status.DELIVERED ? "delivered"
                : after.status() == ProvisioningTaskStatus.FAILED ? "failed for good, refunded" : "still pending";
        transactions.run(() -> audit.record(new AuditEntry(clock.instant(), command.admin(),
                AuditAction.PROVISIONING_RETRIED, "order " + command.order(), "attempts: " + task.attempts(), outcome)));
        if (delivery.status() == Delivery.Status.DELIVERED) {
            return new Delivered(command.order());
        }
        if (after.status() == ProvisioningTaskStatus.FAILED) {
            return new Refused(Reason.GAVE_UP);
        }
        if (after.status() == ProvisioningTaskStatus.DONE) {
            return new Delivered(command.order());
        }
        return new StillPending(command.order(), after.error().orElse(""));
    }
}
