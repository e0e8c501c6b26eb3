package dev.tollgate.domain.subscription;

import dev.tollgate.domain.shared.IllegalStateTransitionException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Lifecycle of a subscription, with its explicit transition table. */
public enum SubscriptionStatus {
    /** Stored, but the panel has not confirmed the client yet; a job retries. */
    PENDING_ACTIVATION,
    ACTIVE,
    /** The traffic quota is used up; renewal or a traffic top-up makes it active again. */
    LIMITED,
    EXPIRED,
    /** Paused by an admin: the panel client is disabled and the term stands still until it is resumed. */
    SUSPENDED,
    /** Ended by an admin or a refund; final. */
    REVOKED;

    private static final Map<SubscriptionStatus, Set<SubscriptionStatus>> ALLOWED = Map.of(
            PENDING_ACTIVATION, EnumSet.of(ACTIVE, REVOKED),
            ACTIVE, EnumSet.of(LIMITED, EXPIRED, SUSPENDED, REVOKED),
            LIMITED, EnumSet.of(ACTIVE, EXPIRED, SUSPENDED, REVOKED),
            EXPIRED, EnumSet.of(ACTIVE, REVOKED),
            SUSPENDED, EnumSet.of(ACTIVE, LIMITED, REVOKED),
            REVOKED, EnumSet.noneOf(SubscriptionStatus.class));

    public boolean canMoveTo(SubscriptionStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    /** Returns the target state, or throws when the table does not allow the move. */
    public SubscriptionStatus moveTo(SubscriptionStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateTransitionException(this, target);
        }
        return target;
    }

    /** Whether the panel should hold an enabled client for a subscription in this state. */
    public boolean grantsAccess() {
        return this == ACTIVE;
    }
}
