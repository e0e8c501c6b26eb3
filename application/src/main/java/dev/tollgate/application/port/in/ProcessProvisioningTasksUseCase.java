package dev.tollgate.application.port.in;

/**
 * The provisioning job: brings paid orders onto their panels, retrying with backoff, and refunds to the wallet (and
 * alerts the admins) when a task runs out of attempts.
 */
public interface ProcessProvisioningTasksUseCase {

    Result process(Command command);

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
