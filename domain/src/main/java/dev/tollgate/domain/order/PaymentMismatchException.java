package dev.tollgate.domain.order;

import dev.tollgate.domain.shared.Money;

/** A payment's amount or currency differs from what the order asks; such money must never mark the order paid. */
public final class PaymentMismatchException extends IllegalArgumentException {

    public PaymentMismatchException(OrderId order, Money expected, Money received) {
        super("order " + order + " asks " + expected + " but " + received + " was paid");
    }
}
