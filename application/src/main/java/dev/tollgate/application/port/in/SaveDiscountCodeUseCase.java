package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountKind;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/** An admin creates a promo code, or deactivates one (codes are never deleted: redemptions refer to them). */
public interface SaveDiscountCodeUseCase {

    Result save(Command command);

    /**
     * With {@code deactivate} set only {@code code} matters; otherwise a new code is created from the other fields.
     * {@code plans} limits it to those plans (empty: every plan); {@code usesPerUser} is how often one customer may use it.
     */
    record Command(TelegramUserId admin, PromoCode code, DiscountKind kind, int percent, Money amount,
                   Instant validFrom, Instant validUntil, int usageLimit, boolean deactivate,
                   java.util.Set<dev.tollgate.domain.plan.PlanId> plans, int usesPerUser) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(code, "code");
            plans = plans == null ? java.util.Set.of() : java.util.Set.copyOf(plans);
        }

        public Command(TelegramUserId admin, PromoCode code, DiscountKind kind, int percent, Money amount,
                       Instant validFrom, Instant validUntil, int usageLimit, boolean deactivate) {
            this(admin, code, kind, percent, amount, validFrom, validUntil, usageLimit, deactivate, java.util.Set.of(), 1);
        }

        /** The same new code, limited to {@code onlyPlans} and {@code perUser} uses by each customer. */
        public Command restricted(java.util.Set<dev.tollgate.domain.plan.PlanId> onlyPlans, int perUser) {
            return new Command(admin, code, kind, percent, amount, validFrom, validUntil, usageLimit, deactivate,
                    onlyPlans, perUser);
        }

        public static Command deactivate(TelegramUserId admin, PromoCode code) {
            return new Command(admin, code, null, 0, null, null, null, 0, true);
        }
    }

    sealed interface Result {
    }

    record Saved() implements Result {
    }

    record Refused(Reason reason, String detail) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, INVALID_CODE, ALREADY_EXISTS, UNKNOWN_CODE,
        /** The code names a plan the shop does not have; {@code detail} names it. */
        UNKNOWN_PLAN
    }
}
