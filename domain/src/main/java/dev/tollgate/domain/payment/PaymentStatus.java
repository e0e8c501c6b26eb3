package dev.tollgate.domain.payment;

import dev.tollgate.domain.shared.IllegalStateTransitionException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Lifecycle of a payment, with its explicit transition table. */
public enum PaymentStatus {
    /** A card-to-card receipt waits for an admin. */
    AWAITING_REVIEW,
    /** The money counts. */
    CONFIRMED,
    /** An admin found the receipt false; nothing is credited. */
    REJECTED;

    private static final Map<PaymentStatus, Set<PaymentStatus>> ALLOWED = Map.of(
            AWAITING_REVIEW, EnumSet.of(CONFIRMED, REJECTED),
            CONFIRMED, EnumSet.noneOf(PaymentStatus.class),
            REJECTED, EnumSet.noneOf(PaymentStatus.class));

    public boolean canMoveTo(PaymentStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    /** Returns the target state, or throws when the table does not allow the move. */
    public PaymentStatus moveTo(PaymentStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateTransitionException(this, target);
        }
        return target;
    }
}
