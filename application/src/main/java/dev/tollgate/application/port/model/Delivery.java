package dev.tollgate.application.port.model;

import java.util.Optional;

/** How far a paid order got right after payment: delivered (with the access, for subscriptions) or still being provisioned. */
public record Delivery(Status status, AccessDetails access) {

    public enum Status {
        /** The subscription or the wallet holds what was bought. */
        DELIVERED,
        /** The panel did not answer yet; a job retries and the user is told when it is done (or refunded). */
        PENDING
    }

    public static Delivery delivered(AccessDetails access) {
        return new Delivery(Status.DELIVERED, access);
    }

    public static Delivery pending() {
        return new Delivery(Status.PENDING, null);
    }

    public Optional<AccessDetails> accessDetails() {
        return Optional.ofNullable(access);
    }
}
