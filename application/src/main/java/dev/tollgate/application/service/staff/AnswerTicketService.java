package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.AnswerTicketUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.Tickets;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.support.Ticket;
import dev.tollgate.domain.support.TicketMessage;
import dev.tollgate.domain.support.TicketStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records the answer (or the closing) with its audit line in one transaction, then sends the answer to the customer
 * after commit: a customer who cannot be reached still finds the ticket answered, and the staff are told.
 */
public final class AnswerTicketService implements AnswerTicketUseCase {

    private static final System.Logger LOG = System.getLogger(AnswerTicketService.class.getName());

    private final AdminDirectory directory;
    private final Tickets tickets;
    private final CustomerRepository customers;
    private final CustomerNotifier notifier;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public AnswerTicketService(AdminDirectory directory, Tickets tickets, CustomerRepository customers,
                               CustomerNotifier notifier, AuditLog audit, TransactionRunner transactions, Clock clock) {
        this.directory = directory;
        this.tickets = tickets;
        this.customers = customers;
        this.notifier = notifier;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result answer(Command command) {
        if (!StaffGuard.allows(directory, command.staff(), StaffRole.SUPPORT, "answer ticket " + command.ticket())) {
            return new Refused(Reason.NOT_STAFF);
        }
        String text = command.text().strip();
        if (text.isEmpty() && !command.close()) {
            return new Refused(Reason.EMPTY);
        }
        if (text.length() > TicketMessage.MAX_TEXT) {
            return new Refused(Reason.TOO_LONG);
        }
        Instant now = clock.instant();
        Result stored;
        try {
            stored = transactions.inTransaction(() -> record(command, text, now));
        } catch (ConcurrentUpdateException raced) {
            return new Refused(Reason.CLOSED);
        }
        if (!(stored instanceof Done) || text.isEmpty()) {
            return stored;
        }
        Ticket ticket = tickets.find(command.ticket()).orElseThrow();
        Language language = customers.findById(ticket.customer()).map(Customer::language).orElse(Language.EN);
        try {
            notifier.notify(ticket.customer(), language, new Notice.SupportAnswered(text));
            return new Done(true);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the answer to ticket {0} is stored but did not reach {1}: {2}", ticket.id(),
                    ticket.customer(), e.getMessage());
            return new Done(false);
        }
    }

    private Result record(Command command, String text, Instant now) {
        Optional<Ticket> found = tickets.find(command.ticket());
        if (found.isEmpty()) {
            return new Refused(Reason.UNKNOWN_TICKET);
        }
        Ticket ticket = found.get();
        if (ticket.status() == TicketStatus.CLOSED) {
            return new Refused(Reason.CLOSED);
        }
        if (!text.isEmpty()) {
            tickets.addMessage(new TicketMessage(ticket.id(), true, command.staff(), text, now));
            ticket.staffAnswered(now);
            audit.record(new AuditEntry(now, command.staff(), AuditAction.TICKET_ANSWERED, "ticket " + ticket.id(),
                    "", text));
        }
        if (command.close()) {
            ticket.close(now);
            audit.record(new AuditEntry(now, command.staff(), AuditAction.TICKET_CLOSED, "ticket " + ticket.id(),
                    "", "CLOSED"));
        }
        tickets.update(ticket);
        return new Done(true);
    }
}
