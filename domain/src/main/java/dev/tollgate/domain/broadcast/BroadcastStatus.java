package dev.tollgate.domain.broadcast;

import dev.tollgate.domain.shared.IllegalStateTransitionException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A broadcast's lifecycle: it is sending from the moment it is confirmed until every recipient had a try or it is cancelled. */
public enum BroadcastStatus {
    SENDING,
    /** Every recipient had their one try. */
    DONE,
    /** An admin stopped it; recipients not reached yet are not sent to. */
    CANCELLED;

    private static final Map<BroadcastStatus, Set<BroadcastStatus>> ALLOWED = Map.of(
            SENDING, EnumSet.of(DONE, CANCELLED),
            DONE, EnumSet.noneOf(BroadcastStatus.class),
            CANCELLED, EnumSet.noneOf(BroadcastStatus.class));

    public boolean canMoveTo(BroadcastStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    public BroadcastStatus moveTo(BroadcastStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateTransitionException(this, target);
        }
        return target;
    }

    public boolean finished() {
        return this != SENDING;
    }
}
