package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.support.Ticket;
import dev.tollgate.domain.support.TicketId;
import dev.tollgate.domain.support.TicketMessage;
import java.util.List;
import java.util.Optional;

/** Support tickets and their messages. */
public interface Tickets {

    void insert(Ticket ticket);

    /** Writes a changed ticket; throws {@link ConcurrentUpdateException} when its version is stale. */
    void update(Ticket ticket);

    Optional<Ticket> find(TicketId id);

    /** The customer's ticket that is not closed, if any. */
    Optional<Ticket> findUnclosedOf(TelegramUserId customer);

    /** Tickets waiting for the staff (OPEN), oldest first by their last change. */
    List<Ticket> waiting(int offset, int limit);

    int countWaiting();

    void addMessage(TicketMessage message);

    /** The ticket's newest {@code limit} messages, oldest first. */
    List<TicketMessage> messages(TicketId ticket, int limit);
}
