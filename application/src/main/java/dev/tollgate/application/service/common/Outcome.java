package dev.tollgate.application.service.common;

import java.util.Objects;
import java.util.Optional;

/**
 * What a transaction returns when it may refuse: either the refusal's reason or the value it produced. Services run
 * their checks and writes in one transaction and turn a refusal into their use case's {@code Refused} result after
 * it, without casting an {@code Object}.
 *
 * @param <R> the use case's reason type
 * @param <V> what the transaction produced when it did not refuse
 */
public sealed interface Outcome<R, V> {

    static <R, V> Outcome<R, V> refused(R reason) {
        return new Refusal<>(reason);
    }

    static <R, V> Outcome<R, V> of(V value) {
        return new Success<>(value);
    }

    /** The reason, when the transaction refused. */
    Optional<R> refusal();

    /** The value; only to be read when {@link #refusal()} is empty. */
    V value();

    record Refusal<R, V>(R reason) implements Outcome<R, V> {
        public Refusal {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<R> refusal() {
            return Optional.of(reason);
        }

        @Override
        public V value() {
            throw new IllegalStateException("refused: " + reason);
        }
    }

    record Success<R, V>(V value) implements Outcome<R, V> {
        public Success {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Optional<R> refusal() {
            return Optional.empty();
        }
    }
}
