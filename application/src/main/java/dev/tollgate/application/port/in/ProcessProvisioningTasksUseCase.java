package dev.tollgate.application.port.in;

import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.domain.provisioning.ProvisioningTaskId;

/**
 * The provisioning job: brings paid orders onto their panels, retrying with backoff, and refunds to the wallet (and
 * alerts the admins) when a task runs out of attempts.
 */
public interface ProcessProvisioningTasksUseCase {

    Result process(Command command);

    /**
     * Runs one task at once (right after a payment), unless another worker holds it; the job does the rest.
     * Called after the commit that queued the task.
     */
    Delivery runNow(ProvisioningTaskId task);

    record Command(int batchSize) {
        public Command {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be positive: " + batchSize);
            }
        }
    }

    record Result(int delivered, int retrying, int refunded) {
    }
}
