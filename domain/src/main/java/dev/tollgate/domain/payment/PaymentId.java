package dev.tollgate.domain.payment;

import java.util.Objects;
import java.util.UUID;

/** Identifies one recorded payment. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    public static PaymentId random() {
        return new PaymentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
