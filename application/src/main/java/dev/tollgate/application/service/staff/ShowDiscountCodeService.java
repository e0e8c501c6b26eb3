package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ShowDiscountCodeUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.PromoCodeUses;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.staff.StaffRole;
import java.util.List;
import java.util.Optional;

/** Shows a promo code and a page of the orders it was used on, for admins. */
public final class ShowDiscountCodeService implements ShowDiscountCodeUseCase {

    private final AdminDirectory directory;
    private final DiscountCodes codes;
    private final PromoCodeUses uses;

    public ShowDiscountCodeService(AdminDirectory directory, DiscountCodes codes, PromoCodeUses uses) {
        this.directory = directory;
        this.codes = codes;
        this.uses = uses;
    }

    @Override
    public Result show(Command command) {
        if (!StaffGuard.allows(directory, command.admin(), StaffRole.ADMIN, "see promo code " + command.code())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        Optional<DiscountCode> code = codes.find(command.code());
        if (code.isEmpty()) {
            return new Refused(Reason.UNKNOWN_CODE);
        }
        int page = Math.min(command.page(), 100_000);
        List<Order> orders = uses.ordersWith(command.code(), page * PAGE, PAGE + 1);
        return new Shown(code.get(), orders.subList(0, Math.min(PAGE, orders.size())), page, orders.size() > PAGE);
    }
}
