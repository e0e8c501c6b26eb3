package dev.tollgate.application.service.admin;

import dev.tollgate.application.port.in.SaveDiscountCodeUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.common.AdminGuard;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.discount.DiscountKind;
import java.util.Optional;

/** Creates or deactivates a promo code for an admin. */
public final class SaveDiscountCodeService implements SaveDiscountCodeUseCase {

    private final AdminDirectory admins;
    private final DiscountCodes codes;
    private final TransactionRunner transactions;

    public SaveDiscountCodeService(AdminDirectory admins, DiscountCodes codes, TransactionRunner transactions) {
        this(admins, codes, transactions, null);
    }

    /** With the plans, so a code limited to a plan the shop does not have is refused. */
    public SaveDiscountCodeService(AdminDirectory admins, DiscountCodes codes, TransactionRunner transactions,
                                   dev.tollgate.application.port.out.PlanRepository plans) {
        this.admins = admins;
        this.codes = codes;
        this.transactions = transactions;
        this.plans = java.util.Optional.ofNullable(plans);
    }

    private final java.util.Optional<dev.tollgate.application.port.out.PlanRepository> plans;

    @Override
    public Result save(Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "save promo code " + command.code())) {
            return new Refused(Reason.NOT_AN_ADMIN, null);
        }
        if (command.deactivate()) {
            return transactions.inTransaction(() -> {
                Optional<DiscountCode> found = codes.find(command.code());
                if (found.isEmpty()) {
                    return new Refused(Reason.UNKNOWN_CODE, null);
                }
                found.get().deactivate();
                codes.update(found.get());
                return new Saved();
            });
        }
        java.util.Optional<dev.tollgate.domain.plan.PlanId> unknown = plans.flatMap(repository -> command.plans().stream()
                .filter(plan -> repository.findById(plan).isEmpty()).findFirst());
        if (unknown.isPresent()) {
            return new Refused(Reason.UNKNOWN_PLAN, unknown.get().value());
        }
        DiscountCode code;
        try {
            code = command.kind() == DiscountKind.PERCENT
                    ? DiscountCode.percent(command.code(), command.percent(), command.validFrom(), command.validUntil(),
                            command.usageLimit())
                    : DiscountCode.fixedAmount(command.code(), command.amount(), command.validFrom(),
                            command.validUntil(), command.usageLimit());
            code.restrict(command.plans(), command.usesPerUser());
        } catch (IllegalArgumentException | NullPointerException invalid) {
            return new Refused(Reason.INVALID_CODE, invalid.getMessage());
        }
        try {
            transactions.run(() -> codes.insert(code));
        } catch (DuplicateKeyException exists) {
            return new Refused(Reason.ALREADY_EXISTS, null);
        }
        return new Saved();
    }
}
