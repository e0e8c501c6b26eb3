package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ListDiscountCodesUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.domain.staff.StaffRole;

/** Every promo code for the admins' promo screens. */
public final class ListDiscountCodesService implements ListDiscountCodesUseCase {

    private final AdminDirectory directory;
    private final DiscountCodes codes;

    public ListDiscountCodesService(AdminDirectory directory, DiscountCodes codes) {
        this.directory = directory;
        this.codes = codes;
    }

    @Override
    public Result list(Command command) {
        if (!StaffGuard.allows(directory, command.admin(), StaffRole.ADMIN, "list the promo codes")) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        return new Codes(codes.all());
    }
}
