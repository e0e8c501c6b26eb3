package dev.tollgate.domain.broadcast;

import java.util.Objects;
import java.util.UUID;

/** A broadcast's id. */
public record BroadcastId(UUID value) {

    public BroadcastId {
        Objects.requireNonNull(value, "value");
    }

    public static BroadcastId random() {
        return new BroadcastId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
