package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.Tickets;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.support.Ticket;
import dev.tollgate.domain.support.TicketId;
import dev.tollgate.domain.support.TicketMessage;
import dev.tollgate.domain.support.TicketStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Support tickets in memory, with the database's version check and orders. */
public final class InMemoryTickets implements Tickets {

    private final Map<TicketId, Ticket> rows = new LinkedHashMap<>();
    private final List<TicketMessage> messages = new ArrayList<>();

    @Override
    public synchronized void insert(Ticket ticket) {
        rows.put(ticket.id(), copy(ticket, ticket.version()));
    }

    @Override
    public synchronized void update(Ticket ticket) {
        Ticket stored = rows.get(ticket.id());
        if (stored == null || stored.version() != ticket.version()) {
            throw new ConcurrentUpdateException("ticket " + ticket.id() + " was changed by someone else or is gone");
        }
        rows.put(ticket.id(), copy(ticket, ticket.version() + 1));
    }

    @Override
    public synchronized Optional<Ticket> find(TicketId id) {
        return Optional.ofNullable(rows.get(id)).map(t -> copy(t, t.version()));
    }

    @Override
    public synchronized Optional<Ticket> findUnclosedOf(TelegramUserId customer) {
        return rows.values().stream().filter(t -> t.customer().equals(customer) && t.status() != TicketStatus.CLOSED)
                .max(Comparator.comparing(Ticket::createdAt)).map(t -> copy(t, t.version()));
    }

    @Override
    public synchronized List<Ticket> waiting(int offset, int limit) {
        return rows.values().stream().filter(t -> t.status() == TicketStatus.OPEN)
                .sorted(Comparator.comparing(Ticket::updatedAt).thenComparing(t -> t.id().value()))
                .skip(offset).limit(limit).map(t -> copy(t, t.version())).toList();
    }

    @Override
    public synchronized int countWaiting() {
        return (int) rows.values().stream().filter(t -> t.status() == TicketStatus.OPEN).count();
    }

    @Override
    public synchronized void addMessage(TicketMessage message) {
        messages.add(message);
    }

    @Override
    public synchronized List<TicketMessage> messages(TicketId ticket, int limit) {
        List<TicketMessage> of = messages.stream().filter(m -> m.ticket().equals(ticket)).toList();
        return of.subList(Math.max(0, of.size() - limit), of.size());
    }

    private static Ticket copy(Ticket t, long version) {
        return Ticket.rehydrate(t.id(), t.customer(), t.status(), t.createdAt(), t.updatedAt(), version);
    }
}
