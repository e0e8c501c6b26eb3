package dev.tollgate.domain.order;

import dev.tollgate.domain.shared.IllegalStateTransitionException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Lifecycle of an order, with its explicit transition table. */
public enum OrderStatus {
    /** Priced, nothing asked of the user yet. */
    CREATED,
    /** An invoice or payment instructions went out; a payment or a receipt is expected. */
    AWAITING_PAYMENT,
    /** Money arrived and is recorded; the goods are being delivered. */
    PAID,
    /** Delivered: the subscription holds what was bought, or the wallet was credited. */
    FULFILLED,
    /** Given up by the user or an admin before payment. */
    CANCELLED,
    /** Not paid in time. */
    EXPIRED,
    /** The money went back to the user's wallet. */
    REFUNDED,
    /** Paid but the delivery failed for good; a refund must follow. */
    FAILED;

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(
            CREATED, EnumSet.of(AWAITING_PAYMENT, PAID, CANCELLED, EXPIRED),
            AWAITING_PAYMENT, EnumSet.of(PAID, CANCELLED, EXPIRED),
            PAID, EnumSet.of(FULFILLED, FAILED, REFUNDED),
            FULFILLED, EnumSet.of(REFUNDED),
            FAILED, EnumSet.of(REFUNDED),
            CANCELLED, EnumSet.noneOf(OrderStatus.class),
            EXPIRED, EnumSet.noneOf(OrderStatus.class),
            REFUNDED, EnumSet.noneOf(OrderStatus.class));

    public boolean canMoveTo(OrderStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    /** Returns the target state, or throws when the table does not allow the move. */
    public OrderStatus moveTo(OrderStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateTransitionException(this, target);
        }
        return target;
    }

    /** Whether a payment for the order may still be accepted. */
    public boolean acceptsPayment() {
        return this == CREATED || this == AWAITING_PAYMENT;
    }

    /** Whether money for the order was received (and not yet given back). */
    public boolean isPaid() {
        return this == PAID || this == FULFILLED || this == FAILED;
    }
}
