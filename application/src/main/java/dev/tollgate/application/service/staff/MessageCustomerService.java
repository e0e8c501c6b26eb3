package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.MessageCustomerUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;

/**
 * Sends an admin's message to a customer in the bot (nothing is sent to someone who blocked it), then audits it with
 * the start of the text. Sending happens outside any transaction; the audit line is written after it.
 */
public final class MessageCustomerService implements MessageCustomerUseCase {

    private static final System.Logger LOG = System.getLogger(MessageCustomerService.class.getName());

    private final AdminDirectory directory;
    private final CustomerRepository customers;
    private final CustomerNotifier notifier;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public MessageCustomerService(AdminDirectory directory, CustomerRepository customers, CustomerNotifier notifier,
                                  AuditLog audit, TransactionRunner transactions, Clock clock) {
        this.directory = directory;
        this.customers = customers;
        this.notifier = notifier;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result send(Command command) {
        if (!StaffGuard.allows(directory, command.admin(), StaffRole.ADMIN, "write to customer " + command.customer())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        String text = command.text().strip();
        if (text.isEmpty()) {
            return new Refused(Reason.EMPTY);
        }
        if (text.length() > MAX_TEXT) {
            return new Refused(Reason.TOO_LONG);
        }
        Optional<Customer> customer = customers.findById(command.customer());
        if (customer.isEmpty()) {
            return new Refused(Reason.UNKNOWN_CUSTOMER);
        }
        if (customer.get().blockedBotAt().isPresent()) {
            return new Refused(Reason.BLOCKED_THE_BOT);
        }
        try {
            notifier.notify(command.customer(), customer.get().language(), new Notice.StaffMessage(text));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the message of admin {0} to {1} was not delivered: {2}", command.admin(),
                    command.customer(), e.getMessage());
            return new Refused(Reason.NOT_DELIVERED);
        }
        transactions.run(() -> audit.record(new AuditEntry(clock.instant(), command.admin(), AuditAction.CUSTOMER_MESSAGED,
                "user " + command.customer(), "", text)));
        return new Sent();
    }
}
