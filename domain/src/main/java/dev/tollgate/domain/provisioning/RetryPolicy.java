package dev.tollgate.domain.provisioning;

import java.time.Duration;
import java.util.Objects;

/** Exponential backoff for panel calls: first delay, doubled after each failure up to a cap, for at most so many attempts. */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    /** One minute, doubling up to an hour, twelve attempts: about seven hours before a refund. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 12);

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry policy needs 0 < firstDelay <= maxDelay and maxAttempts >= 1");
        }
    }

    /** The wait after the {@code failedAttempts}-th failure: firstDelay doubled (failedAttempts - 1) times, capped. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no failure to back off from");
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether no attempt is left after {@code failedAttempts} failures. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
