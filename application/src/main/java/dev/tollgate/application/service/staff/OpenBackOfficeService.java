package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.OpenBackOfficeUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.domain.staff.StaffRole;

/** Tells a member of the staff their role; to anyone else the back office does not exist. */
public final class OpenBackOfficeService implements OpenBackOfficeUseCase {

    private final AdminDirectory directory;

    public OpenBackOfficeService(AdminDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Result open(Command command) {
        if (!StaffGuard.allows(directory, command.user(), StaffRole.SUPPORT, "open the back office")) {
            return new Refused(Reason.NOT_STAFF);
        }
        return new Opened(directory.roleOf(command.user()).orElseThrow());
    }
}
