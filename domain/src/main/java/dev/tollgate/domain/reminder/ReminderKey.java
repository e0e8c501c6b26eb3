package dev.tollgate.domain.reminder;

import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.Objects;

/**
 * What makes a reminder unique: the subscription, the kind, and the period it belongs to (the expiry the period
 * ends at, or the epoch while the term has not started). A renewal moves the expiry, so the next period's
 * reminders are new keys; the store keeps each key once.
 */
public record ReminderKey(SubscriptionId subscription, ReminderKind kind, Instant period) {

    public ReminderKey {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
    }
}
