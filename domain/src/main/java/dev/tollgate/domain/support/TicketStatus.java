package dev.tollgate.domain.support;

/** Where a ticket stands: waiting for the staff, answered (waiting for the customer), or closed. */
public enum TicketStatus {
    OPEN, ANSWERED, CLOSED
}
