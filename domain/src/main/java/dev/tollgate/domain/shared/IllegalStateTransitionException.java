package dev.tollgate.domain.shared;

/** Thrown when an aggregate is asked to move between two states its transition table does not allow. */
public final class IllegalStateTransitionException extends IllegalStateException {

    public IllegalStateTransitionException(Enum<?> from, Enum<?> to) {
        super("illegal transition of " + from.getDeclaringClass().getSimpleName() + " from " + from + " to " + to);
    }
}
