package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.BanCustomerUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Bans a customer from the shop or lifts the ban, for admins; the change and its audit line share one transaction. */
public final class BanCustomerService implements BanCustomerUseCase {

    private final AdminDirectory directory;
    private final CustomerRepository customers;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public BanCustomerService(AdminDirectory directory, CustomerRepository customers, AuditLog audit,
                              TransactionRunner transactions, Clock clock) {
        this.directory = directory;
        this.customers = customers;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result change(Command command) {
        String action = (command.banned() ? "ban " : "unban ") + command.customer();
        if (!StaffGuard.allows(directory, command.admin(), StaffRole.ADMIN, action)) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        if (command.banned() && directory.roleOf(command.customer()).isPresent()) {
            return new Refused(Reason.STAFF_MEMBER);
        }
        return transactions.inTransaction(() -> {
            Optional<Customer> found = customers.findById(command.customer());
            if (found.isEmpty()) {
                return new Refused(Reason.UNKNOWN_CUSTOMER);
            }
            Customer customer = found.get();
            Instant now = clock.instant();
            boolean changed = command.banned() ? customer.ban(now) : customer.unban();
            if (!changed) {
                return new Unchanged(command.banned());
            }
            customers.update(customer);
            audit.record(new AuditEntry(now, command.admin(),
                    command.banned() ? AuditAction.CUSTOMER_BANNED : AuditAction.CUSTOMER_UNBANNED,
                    "user " + command.customer(), command.banned() ? "allowed" : "banned",
                    command.banned() ? "banned" : "allowed"));
            return new Changed(command.banned());
        });
    }
}
