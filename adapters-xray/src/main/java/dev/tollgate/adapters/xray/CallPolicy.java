package dev.tollgate.adapters.xray;

import dev.tollgate.application.port.out.PanelConnection;
import java.time.Duration;
import java.util.Optional;

/**
 * How patiently we talk to one core: the deadline of every call and the retry budget for UNAVAILABLE and
 * DEADLINE_EXCEEDED. Operators may override the defaults per server with the connection options
 * {@code deadlineMillis}, {@code retryAttempts} and {@code retryBackoffMillis}.
 */
record CallPolicy(Duration deadline, int maxAttempts, Duration initialBackoff) {

    static final CallPolicy DEFAULT = new CallPolicy(Duration.ofSeconds(5), 3, Duration.ofMillis(200));

    CallPolicy {
        if (deadline.isZero() || deadline.isNegative()) {
            throw new IllegalArgumentException("a call deadline must be positive: " + deadline);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed: " + maxAttempts);
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("a retry backoff must be positive: " + initialBackoff);
        }
    }

    static CallPolicy from(PanelConnection connection) {
        return new CallPolicy(
                millis(connection, "deadlineMillis").orElse(DEFAULT.deadline),
                number(connection, "retryAttempts").map(Math::toIntExact).orElse(DEFAULT.maxAttempts),
                millis(connection, "retryBackoffMillis").orElse(DEFAULT.initialBackoff));
    }

    private static Optional<Duration> millis(PanelConnection connection, String key) {
        return number(connection, key).map(Duration::ofMillis);
    }

    private static Optional<Long> number(PanelConnection connection, String key) {
        return connection.option(key).map(value -> {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("connection option " + key + " is not a number: " + value, e);
            }
        });
    }
}
