package dev.tollgate.application.port.in;

/**
 * The fallback for lost provider notifications: asks each provider that can look payments up about the payments it
 * still has open, credits the paid ones (once, as a notification would) and closes the orders of expired ones.
 */
public interface PollPaymentsUseCase {

    Result poll(Command command);

    /** At most {@code batch} open payments per provider and run. */
    record Command(int batch) {
        public Command {
            if (batch < 1) {
                throw new IllegalArgumentException("batch must be positive");
            }
        }
    }

    /** What this run found: paid and credited, expired and closed, still open, and providers that did not answer. */
    record Result(int paid, int expired, int open, int unavailable) {
    }
}
