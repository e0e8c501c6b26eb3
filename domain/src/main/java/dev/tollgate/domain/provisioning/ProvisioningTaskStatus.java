package dev.tollgate.domain.provisioning;

import dev.tollgate.domain.shared.IllegalStateTransitionException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Lifecycle of a provisioning task, with its explicit transition table. */
public enum ProvisioningTaskStatus {
    /** Waiting for its next attempt (possibly leased to a worker right now). */
    PENDING,
    /** The panel holds the client and the order is fulfilled. */
    DONE,
    /** Gave up after the last attempt; the order was refunded and admins alerted. */
    FAILED;

    private static final Map<ProvisioningTaskStatus, Set<ProvisioningTaskStatus>> ALLOWED = Map.of(
            PENDING, EnumSet.of(PENDING, DONE, FAILED),
            DONE, EnumSet.noneOf(ProvisioningTaskStatus.class),
            FAILED, EnumSet.noneOf(ProvisioningTaskStatus.class));

    public boolean canMoveTo(ProvisioningTaskStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    /** Returns the target state, or throws when the table does not allow the move. */
    public ProvisioningTaskStatus moveTo(ProvisioningTaskStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateTransitionException(this, target);
        }
        return target;
    }
}
