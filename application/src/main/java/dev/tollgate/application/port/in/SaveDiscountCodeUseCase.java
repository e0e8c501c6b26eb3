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

    /** With {@code deactivate} set only {@code code} matters; otherwise a new code is created from the other fields. */
    record Command(TelegramUserId admin, PromoCode code, DiscountKind kind, int percent, Money amount,
                   Instant validFrom, Instant validUntil, int usageLimit, boolean deactivate) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(code, "code");
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
        NOT_AN_ADMIN, INVALID_CODE, ALREADY_EXISTS, UNKNOWN_CODE
    }
}
