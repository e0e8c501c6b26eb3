package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.SUPPORT_MESSAGES;
import static dev.tollgate.adapters.persistence.generated.Tables.SUPPORT_TICKETS;

import dev.tollgate.adapters.persistence.generated.tables.records.SupportMessagesRecord;
import dev.tollgate.adapters.persistence.generated.tables.records.SupportTicketsRecord;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.Tickets;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.support.Ticket;
import dev.tollgate.domain.support.TicketId;
import dev.tollgate.domain.support.TicketMessage;
import dev.tollgate.domain.support.TicketStatus;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Support tickets on H2 or PostgreSQL; a ticket's version guards its status, messages are only inserted. */
final class JooqTickets implements Tickets {

    private final DSLContext dsl;

    @Inject
    JooqTickets(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(Ticket ticket) {
        Errors.translate("insert ticket " + ticket.id(), () -> dsl.insertInto(SUPPORT_TICKETS)
                .set(SUPPORT_TICKETS.ID, ticket.id().value())
                .set(SUPPORT_TICKETS.CUSTOMER_ID, ticket.customer().value())
                .set(SUPPORT_TICKETS.STATUS, ticket.status().name())
                .set(SUPPORT_TICKETS.CREATED_AT, Times.toDb(ticket.createdAt()))
                .set(SUPPORT_TICKETS.UPDATED_AT, Times.toDb(ticket.updatedAt()))
                .set(SUPPORT_TICKETS.VERSION, ticket.version())
                .execute());
    }

    @Override
    public void update(Ticket ticket) {
        int updated = Errors.translate("update ticket " + ticket.id(), () -> dsl.update(SUPPORT_TICKETS)
                .set(SUPPORT_TICKETS.STATUS, ticket.status().name())
                .set(SUPPORT_TICKETS.UPDATED_AT, Times.toDb(ticket.updatedAt()))
                .set(SUPPORT_TICKETS.VERSION, ticket.version() + 1)
                .where(SUPPORT_TICKETS.ID.eq(ticket.id().value()))
                .and(SUPPORT_TICKETS.VERSION.eq(ticket.version()))
                .execute());
        if (updated != 1) {
            throw new ConcurrentUpdateException("ticket " + ticket.id() + " was changed by someone else or is gone");
        }
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        return Errors.translate("find ticket " + id, () -> dsl.selectFrom(SUPPORT_TICKETS)
                .where(SUPPORT_TICKETS.ID.eq(id.value())).fetchOptional().map(JooqTickets::toDomain));
    }

    @Override
    public Optional<Ticket> findUnclosedOf(TelegramUserId customer) {
        return Errors.translate("find the open ticket of " + customer, () -> dsl.selectFrom(SUPPORT_TICKETS)
                .where(SUPPORT_TICKETS.CUSTOMER_ID.eq(customer.value()))
                .and(SUPPORT_TICKETS.STATUS.ne(TicketStatus.CLOSED.name()))
                .orderBy(SUPPORT_TICKETS.CREATED_AT.desc())
                .limit(1)
                .fetchOptional().map(JooqTickets::toDomain));
    }

    @Override
    public List<Ticket> waiting(int offset, int limit) {
        return Errors.translate("list the waiting tickets", () -> dsl.selectFrom(SUPPORT_TICKETS)
                .where(SUPPORT_TICKETS.STATUS.eq(TicketStatus.OPEN.name()))
                .orderBy(SUPPORT_TICKETS.UPDATED_AT, SUPPORT_TICKETS.ID)
                .limit(limit).offset(offset)
                .fetch(JooqTickets::toDomain));
    }

    @Override
    public int countWaiting() {
        return Errors.translate("count the waiting tickets", () -> dsl.fetchCount(SUPPORT_TICKETS,
                SUPPORT_TICKETS.STATUS.eq(TicketStatus.OPEN.name())));
    }

    @Override
    public void addMessage(TicketMessage message) {
        Errors.translate("add a message to ticket " + message.ticket(), () -> dsl.insertInto(SUPPORT_MESSAGES)
                .set(SUPPORT_MESSAGES.TICKET_ID, message.ticket().value())
                .set(SUPPORT_MESSAGES.FROM_STAFF, message.fromStaff())
                .set(SUPPORT_MESSAGES.AUTHOR, message.author().value())
                .set(SUPPORT_MESSAGES.TEXT, message.text())
                .set(SUPPORT_MESSAGES.AT, Times.toDb(message.at()))
                .execute());
    }

    @Override
    public List<TicketMessage> messages(TicketId ticket, int limit) {
        List<TicketMessage> newestFirst = Errors.translate("read ticket " + ticket, () -> dsl.selectFrom(SUPPORT_MESSAGES)
                .where(SUPPORT_MESSAGES.TICKET_ID.eq(ticket.value()))
                .orderBy(SUPPORT_MESSAGES.ID.desc())
                .limit(limit)
                .fetch(JooqTickets::toDomain));
        List<TicketMessage> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static Ticket toDomain(SupportTicketsRecord row) {
        return Ticket.rehydrate(new TicketId(row.getId()), new TelegramUserId(row.getCustomerId()),
                TicketStatus.valueOf(row.getStatus()), Times.fromDb(row.getCreatedAt()), Times.fromDb(row.getUpdatedAt()),
                row.getVersion());
    }

    private static TicketMessage toDomain(SupportMessagesRecord row) {
        return new TicketMessage(new TicketId(row.getTicketId()), row.getFromStaff(), new TelegramUserId(row.getAuthor()),
                row.getText(), Times.fromDb(row.getAt()));
    }
}
