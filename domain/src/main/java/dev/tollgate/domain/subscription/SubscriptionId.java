package dev.tollgate.domain.subscription;

import java.util.Objects;
import java.util.UUID;

/** Identifies one subscription. */
public record SubscriptionId(UUID value) {

    public SubscriptionId {
        Objects.requireNonNull(value, "value");
    }

    public static SubscriptionId parse(String text) {
        return new SubscriptionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
