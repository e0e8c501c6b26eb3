package dev.tollgate.domain.reminder;

import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which reminders are due for a subscription now. Only the most urgent expiry reminder and the highest traffic
 * reminder are due at once: a user who is 2 hours from expiry gets the 3-hour reminder, not three messages.
 */
public final class ReminderPolicy {

    /** The due reminders' keys; the caller sends those its log has not seen yet. */
    public List<ReminderKey> due(Subscription subscription, Instant now) {
        List<ReminderKey> due = new ArrayList<>();
        if (subscription.status() != SubscriptionStatus.ACTIVE) {
            return due;
        }
        Instant period = subscription.expiresAt().orElse(Instant.EPOCH);
        subscription.expiresAt().filter(expiry -> expiry.isAfter(now)).ifPresent(expiry -> {
            Duration left = Duration.between(now, expiry);
            ReminderKind mostUrgent = null;
            for (ReminderKind kind : ReminderKind.values()) {
                if (kind.isExpiry() && left.compareTo(kind.beforeExpiry()) <= 0) {
                    mostUrgent = kind;
                }
            }
            if (mostUrgent != null) {
                due.add(new ReminderKey(subscription.id(), mostUrgent, period));
            }
        });
        if (!subscription.quota().isZero()) {
            BigInteger used = BigInteger.valueOf(subscription.trafficUsed().bytes()).multiply(BigInteger.valueOf(100));
            ReminderKind highest = null;
            for (ReminderKind kind : ReminderKind.values()) {
                if (kind.isTraffic() && used.compareTo(BigInteger.valueOf(subscription.quota().bytes())
                        .multiply(BigInteger.valueOf(kind.trafficPercent()))) >= 0) {
                    highest = kind;
                }
            }
            if (highest != null) {
                due.add(new ReminderKey(subscription.id(), highest, period));
            }
        }
        return due;
    }
}
