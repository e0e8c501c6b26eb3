package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.BrowseAuditLogUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.domain.staff.StaffRole;

/** The audit log for the owners only: admins are the ones it watches. */
public final class BrowseAuditLogService implements BrowseAuditLogUseCase {

    private final AdminDirectory directory;
    private final AuditLog audit;

    public BrowseAuditLogService(AdminDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @Override
    public Result browse(Command command) {
        if (!StaffGuard.allows(directory, command.owner(), StaffRole.OWNER, "read the audit log")) {
            return new Refused(Reason.NOT_AN_OWNER);
        }
        return new Entries(audit.page(command.offset(), command.limit()), audit.count());
    }
}
