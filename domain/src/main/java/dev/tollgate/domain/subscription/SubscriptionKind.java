package dev.tollgate.domain.subscription;

/** How the access was obtained: a free trial, a paid order, or an admin's grant. */
public enum SubscriptionKind {
    TRIAL, PAID, GRANT
}
