package dev.tollgate.domain.subscription;

import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import java.util.Optional;

/**
 * Where a subscription's move to another server stands. No paid time or access is lost: first the client is created
 * on {@code movingTo} while the user keeps the current server; then the subscription switches there and the old
 * client on {@code movedFrom} is still to be removed; then the move is over ({@link #NONE}). Each phase is stored,
 * so a move interrupted by a crash is resumed from where it stopped.
 */
public record SubscriptionMove(ServerId movingTo, ServerId movedFrom) {

    public static final SubscriptionMove NONE = new SubscriptionMove(null, null);

    public SubscriptionMove {
        if (movingTo != null && movedFrom != null) {
            throw new IllegalArgumentException("a move is in one phase at a time");
        }
    }

    /** Starts moving an active or limited subscription to another server; refused while one is under way. */
    public static void start(Subscription s, ServerId target) {
        if (s.status() != SubscriptionStatus.ACTIVE && s.status() != SubscriptionStatus.LIMITED || s.move.underWay()
                || target.equals(s.server)) {
            throw new IllegalStateException("subscription " + s.id() + " cannot move to " + target + " now");
        }
        s.move = new SubscriptionMove(target, null);
    }

    /**
     * The client exists on the move's target: the subscription is there now, the old client still to go. The new
     * panel counts from zero, so the traffic used so far is carried into the quota (what is left stays what is left;
     * a used-up or unlimited quota is kept as it is).
     */
    public static void switchOver(Subscription s) {
        ServerId target = s.move.target().orElseThrow(() -> new IllegalStateException(s.id() + " is not moving"));
        s.move = new SubscriptionMove(null, s.server);
        s.server = target;
        if (!s.quota.isZero() && s.trafficUsed.compareTo(s.quota) < 0) {
            s.quota = s.quota.minusOrZero(s.trafficUsed);
            s.trafficUsed = DataSize.ZERO;
        }
    }

    /** Restores a stored move on a subscription (persistence, copies), or ends one with {@link #NONE}; returns it. */
    public static Subscription restore(Subscription s, SubscriptionMove stored) {
        s.move = java.util.Objects.requireNonNull(stored, "stored");
        return s;
    }

    /** Whether a move is under way (either phase). */
    public boolean underWay() {
        return movingTo != null || movedFrom != null;
    }

    public Optional<ServerId> target() {
        return Optional.ofNullable(movingTo);
    }

    public Optional<ServerId> leftBehind() {
        return Optional.ofNullable(movedFrom);
    }
}
