package dev.tollgate.application.port.in;

/** Retries the panel calls of subscriptions that are stored but not yet provisioned, and tells their owners. */
public interface ActivatePendingSubscriptionsUseCase {

    Result activatePending(Command command);

    record Command(int batchSize) {
        public Command {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be positive: " + batchSize);
            }
        }
    }

    record Result(int activated, int stillPending) {
    }
}
