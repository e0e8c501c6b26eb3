package dev.tollgate.domain.order;

/** What an order buys. */
public enum OrderKind {
    /** A new subscription under a plan. */
    NEW_PURCHASE,
    /** More time and traffic for an existing subscription, under its plan's renewal policy. */
    RENEWAL,
    /** A move of an existing subscription to a bigger plan, with a credit for the unused part of the old one. */
    UPGRADE,
    /** Extra traffic for the current term of an existing subscription; the order's terms carry the pack's traffic. */
    TRAFFIC_PACK,
    /** Money into the wallet. */
    WALLET_TOP_UP;

    /** Whether the order changes a subscription (and so needs the panel). */
    public boolean needsProvisioning() {
        return this != WALLET_TOP_UP;
    }
}
