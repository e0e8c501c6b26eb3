package dev.tollgate.domain.support;

import java.util.Objects;
import java.util.UUID;

/** A support ticket's id. */
public record TicketId(UUID value) {

    public TicketId {
        Objects.requireNonNull(value, "value");
    }

    public static TicketId random() {
        return new TicketId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
