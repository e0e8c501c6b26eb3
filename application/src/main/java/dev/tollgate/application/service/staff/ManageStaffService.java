package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.StaffRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffMember;
import dev.tollgate.domain.staff.StaffRole;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Gives, changes or takes a staff role; the change and its audit line are written in one transaction. */
public final class ManageStaffService implements ManageStaffUseCase {

    private final AdminDirectory directory;
    private final StaffRepository staff;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ManageStaffService(AdminDirectory directory, StaffRepository staff, AuditLog audit,
                              TransactionRunner transactions, Clock clock) {
        this.directory = directory;
        this.staff = staff;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result change(Command command) {
        if (!StaffGuard.allows(directory, command.owner(), StaffRole.OWNER, "change the staff role of " + command.user())) {
            return new Refused(Reason.NOT_AN_OWNER);
        }
        if (directory.owners().contains(command.user()) || command.role().filter(r -> !r.assignable()).isPresent()) {
            return new Refused(Reason.OWNER_IS_CONFIGURED);
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Optional<StaffRole> before = staff.find(command.user()).map(StaffMember::role);
            if (before.equals(command.role())) {
                return new Refused(Reason.UNCHANGED);
            }
            if (command.role().isPresent()) {
                staff.save(new StaffMember(command.user(), command.role().get(), command.owner(), now));
            } else {
                staff.remove(command.user());
            }
            audit.record(new AuditEntry(now, command.owner(),
                    command.role().isPresent() ? AuditAction.STAFF_ROLE_SET : AuditAction.STAFF_REMOVED,
                    "user " + command.user(), before.map(Enum::name).orElse(""),
                    command.role().map(Enum::name).orElse("")));
            return new Changed(before, command.role());
        });
    }
}
