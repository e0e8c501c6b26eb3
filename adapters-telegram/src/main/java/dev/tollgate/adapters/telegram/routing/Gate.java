package dev.tollgate.adapters.telegram.routing;

import java.util.Optional;

/**
 * Something a customer must do before the shop answers anything else (accept its terms): asked before routing, it
 * either lets an inbound through (empty) or answers in its place. Payments and the staff are never held by it.
 */
public interface Gate {

    /** Lets everything through. */
    Gate OPEN = (session, inbound) -> Optional.empty();

    /** The answer in place of routing {@code inbound}, or empty to route it as usual. */
    Optional<Reply> stop(Session session, Inbound inbound);

    /**
     * The gate edited into the tapped message, {@code lead} (HTML) above it, while the user has not passed it; empty
     * once they have. A screen the gate lets through (the language) ends with it instead of its usual answer.
     */
    default Optional<Reply> shown(Session session, String lead) {
        return Optional.empty();
    }
}
