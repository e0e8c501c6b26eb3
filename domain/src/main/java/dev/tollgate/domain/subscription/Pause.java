package dev.tollgate.domain.subscription;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of an admin's suspension of a subscription. Only an active or limited subscription is suspended; while
 * it is, its expiry stands still, and resuming it moves the expiry on by the time it was suspended, so the customer
 * loses no paid day. A renewal, upgrade or extension meanwhile first brings the frozen expiry to that moment and lets
 * the pause count on from there, so no paused time is counted twice or lost.
 */
final class Pause {

    private Pause() {
    }

    static void requireSuspendable(Subscription subscription) {
        if (subscription.status() != SubscriptionStatus.ACTIVE && subscription.status() != SubscriptionStatus.LIMITED) {
            throw new IllegalStateException("only an active or limited subscription can be suspended: "
                    + subscription.id() + " is " + subscription.status());
        }
    }

    /** Whether a pause that began {@code since} has lasted any time by {@code now}. */
    static boolean running(Instant since, Instant now) {
        return since != null && now.isAfter(since);
    }

    /** The expiry moved on by the time paused from {@code since} to {@code now}; no expiry (term not started) stays none. */
    static Instant movedOn(Instant expiresAt, Instant since, Instant now) {
        return expiresAt == null || !running(since, now) ? expiresAt : expiresAt.plus(Duration.between(since, now));
    }
}
