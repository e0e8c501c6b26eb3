package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ContactSupportUseCase;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.Tickets;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.support.Ticket;
import dev.tollgate.domain.support.TicketId;
import dev.tollgate.domain.support.TicketMessage;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;

/**
 * Stores the customer's message on their unclosed ticket (or a new one) in one transaction, then alerts the admins
 * after commit; an alert that cannot go out is logged, the message is kept either way.
 */
public final class ContactSupportService implements ContactSupportUseCase {

    private static final System.Logger LOG = System.getLogger(ContactSupportService.class.getName());
    private static final int PREVIEW = 300;

    private final Tickets tickets;
    private final AdminAlerts alerts;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ContactSupportService(Tickets tickets, AdminAlerts alerts, TransactionRunner transactions, Clock clock) {
        this.tickets = tickets;
        this.alerts = alerts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result contact(Command command) {
        String text = command.text().strip();
        if (text.isEmpty()) {
            return new Refused(Reason.EMPTY);
        }
        if (text.length() > TicketMessage.MAX_TEXT) {
            return new Refused(Reason.TOO_LONG);
        }
        Instant now = clock.instant();
        Received received = transactions.inTransaction(() -> {
            Ticket ticket = tickets.findUnclosedOf(command.customer()).orElse(null);
            boolean opened = ticket == null;
            if (opened) {
                ticket = Ticket.open(TicketId.random(), command.customer(), now);
                tickets.insert(ticket);
            } else {
                ticket.customerWrote(now);
                tickets.update(ticket);
            }
            tickets.addMessage(new TicketMessage(ticket.id(), false, command.customer(), text, now));
            return new Received(ticket.id(), opened);
        });
        try {
            alerts.alert(new AdminAlert.TicketWaiting(received.ticket(), command.customer(),
                    text.length() > PREVIEW ? text.substring(0, PREVIEW) + "…" : text));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ticket {0} is stored but the admins could not be told: {1}", received.ticket(),
                    e.getMessage());
        }
        return received;
    }
}
