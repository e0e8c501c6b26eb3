package dev.tollgate.domain.provisioning;

import java.util.Objects;
import java.util.UUID;

/** Identifies one provisioning task. */
public record ProvisioningTaskId(UUID value) {

    public ProvisioningTaskId {
        Objects.requireNonNull(value, "value");
    }

    public static ProvisioningTaskId random() {
        return new ProvisioningTaskId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
