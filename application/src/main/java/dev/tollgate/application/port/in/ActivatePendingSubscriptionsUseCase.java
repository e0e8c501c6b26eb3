package dev.tollgate.application.port.in;

/** Retries the panel calls of subscriptions that are stored but not yet provisioned, and tells their owners. */
public interface ActivatePendingSubscriptionsUseCase {

    Result activatePending(Command command);

    /** {@code minimumAge} leaves alone subscriptions so young that the user's own request may still be provisioning them. */
    record Command(int batchSize, java.time.Duration minimumAge) {
        public Command {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be positive: " + batchSize);
            }
            if (minimumAge == null || minimumAge.isNegative()) {
                throw new IllegalArgumentException("the minimum age must be zero or positive");
            }
        }

        public Command(int batchSize) {
            this(batchSize, java.time.Duration.ZERO);
        }
    }

    record Result(int activated, int stillPending) {
    }
}
