package dev.tollgate.domain.subscription;

import dev.tollgate.domain.server.ServerId;
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
