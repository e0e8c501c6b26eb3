package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ListAllPlansUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.domain.staff.StaffRole;

/** Every plan for the admins' plan screens. */
public final class ListAllPlansService implements ListAllPlansUseCase {

    private final AdminDirectory directory;
    private final PlanRepository plans;

    public ListAllPlansService(AdminDirectory directory, PlanRepository plans) {
        this.directory = directory;
        this.plans = plans;
    }

    @Override
    public Result list(Command command) {
        if (!StaffGuard.allows(directory, command.admin(), StaffRole.ADMIN, "list the plans")) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        return new Plans(plans.findAll());
    }
}
