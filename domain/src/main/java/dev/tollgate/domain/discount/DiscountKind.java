package dev.tollgate.domain.discount;

/** Whether a code takes a percentage off or a fixed amount. */
public enum DiscountKind {
    PERCENT, FIXED_AMOUNT
}
