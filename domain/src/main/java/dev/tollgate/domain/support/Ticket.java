package dev.tollgate.domain.support;

import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's conversation with the staff. A customer has at most one ticket that is not closed: writing again adds
 * to it and opens it again; a staff answer marks it answered; closing ends it (a later message starts a new one).
 */
public final class Ticket {

    private final TicketId id;
    private final TelegramUserId customer;
    private final Instant createdAt;
    private TicketStatus status;
    private Instant updatedAt;
    private final long version;

    private Ticket(TicketId id, TelegramUserId customer, TicketStatus status, Instant createdAt, Instant updatedAt,
                   long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    public static Ticket open(TicketId id, TelegramUserId customer, Instant now) {
        return new Ticket(id, customer, TicketStatus.OPEN, now, now, 0);
    }

    public static Ticket rehydrate(TicketId id, TelegramUserId customer, TicketStatus status, Instant createdAt,
                                   Instant updatedAt, long version) {
        return new Ticket(id, customer, status, createdAt, updatedAt, version);
    }

    /** The customer wrote again: the ticket waits for the staff. */
    public void customerWrote(Instant now) {
        requireNotClosed();
        status = TicketStatus.OPEN;
        updatedAt = now;
    }

    /** A member of the staff answered: the ticket waits for the customer. */
    public void staffAnswered(Instant now) {
        requireNotClosed();
        status = TicketStatus.ANSWERED;
        updatedAt = now;
    }

    public void close(Instant now) {
        requireNotClosed();
        status = TicketStatus.CLOSED;
        updatedAt = now;
    }

    private void requireNotClosed() {
        if (status == TicketStatus.CLOSED) {
            throw new IllegalStateException("ticket " + id + " is closed");
        }
    }

    public TicketId id() {
        return id;
    }

    public TelegramUserId customer() {
        return customer;
    }

    public TicketStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
