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
        this.admins = admins;
        this.codes = codes;
        this.transactions = transactions;
    }

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
        DiscountCode code;
        try {
            code = command.kind() == DiscountKind.PERCENT
                    ? DiscountCode.percent(command.code(), command.percent(), command.validFrom(), command.validUntil(),
                            command.usageLimit())
                    : DiscountCode.fixedAmount(command.code(), command.amount(), command.validFrom(),
                            command.validUntil(), command.usageLimit());
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
