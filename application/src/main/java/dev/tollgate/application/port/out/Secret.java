package dev.tollgate.application.port.out;

import java.util.Objects;

/** A password or token that must never reach a log: {@link #toString()} masks it. */
public record Secret(String value) {

    public Secret {
        Objects.requireNonNull(value, "value");
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return value.isEmpty() ? "<empty>" : "***";
    }
}
